import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step (app/pom.xml, JDK 24+ only: the JDK's class-file API): rewrites the Java 5 class files (major version
 * 49) in the runtime jars of a lib/ folder as version 50 with stack maps, the same code otherwise. The JDK's AOT cache
 * and class-data sharing leave pre-Java-6 classes out (they cannot be linked ahead of time), so picocli's 230
 * classes, compiled for Java 5, were loaded, verified and linked from the jar on every start (issue #17).
 * A jar without such classes, or a signed jar, is left untouched (its modification time too, so the launcher's AOT
 * cache stays fresh); a rewritten jar is replaced atomically. Usage: java ModernClassFiles.java LIB_DIR
 */
public final class ModernClassFiles {
    private static final int OLDEST_LINKABLE = 50;

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                int n = rewrite(jar);
                if (n > 0) {
                    System.out.println("lib: " + n + " Java 5 class files of " + jar.getFileName()
                            + " rewritten as version " + OLDEST_LINKABLE + " (AOT cache)");
                }
            }
        }
    }

    /** Rewrites {@code jar}'s old class files; returns how many (0: the jar was left as it was). */
    static int rewrite(Path jar) throws IOException {
        if (!needsRewrite(jar)) {
            return 0;
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int n = 0;
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null);
             ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            // Stack maps need the common superclass of two types: the jar's own classes, then the JDK's.
            ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.ofResourceParsing(loader).orElse(ClassHierarchyResolver.defaultResolver())));
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (isOldClass(e, bytes)) {
                    ClassModel model = cf.parse(bytes);
                    bytes = cf.build(model.thisClass().asSymbol(), b -> {
                        b.withVersion(OLDEST_LINKABLE, 0);
                        model.forEach(el -> {
                            if (!(el instanceof ClassFileVersion)) {
                                b.with(el);
                            }
                        });
                    });
                    n++;
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private static boolean needsRewrite(Path jar) throws IOException {
        boolean old = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName().toUpperCase(java.util.Locale.ROOT);
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA")
                        || name.endsWith(".DSA") || name.endsWith(".EC"))) {
                    return false; // signed: rewriting would break the signature
                }
                if (!old && e.getName().endsWith(".class")) {
                    old = isOldClass(e, in.readNBytes(8));
                }
            }
        }
        return old;
    }

    private static boolean isOldClass(ZipEntry e, byte[] head) {
        return e.getName().endsWith(".class") && !e.getName().endsWith("module-info.class") && head.length >= 8
                && (head[0] & 0xff) == 0xca && (head[1] & 0xff) == 0xfe
                && ((head[6] & 0xff) << 8 | (head[7] & 0xff)) < OLDEST_LINKABLE;
    }
}
