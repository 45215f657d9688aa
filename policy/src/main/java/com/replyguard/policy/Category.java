package com.replyguard.policy;

/** The fixed compliance categories of a finding (see the contracts in the README). */
public enum Category {
    EXTERNAL_LINK, CONTACT_INFO, OFF_PLATFORM, REVIEW_INCENTIVE, REVIEW_MANIPULATION, MARKETING, PERSONAL_DATA,
    PRESSURE_OR_THREAT, PROCESS_ABUSE, OVERPROMISE, UNNECESSARY_MESSAGE, ATTACHMENT, IMPORTANT_TAG
}
