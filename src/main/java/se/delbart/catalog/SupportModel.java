package se.delbart.catalog;

/** Who supports adopters. */
public enum SupportModel {
    PUBLISHER, VENDOR, COMMUNITY, NONE
}
