package com.replyguard.app.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote into the jar's manifest (a development build has none). */
public final class BuildVersion implements IVersionProvider {
    /** The build's version, or "development build" when run from classes rather than the packaged jar. */
    public static String version() {
        String v = BuildVersion.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ReplyGuard " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
