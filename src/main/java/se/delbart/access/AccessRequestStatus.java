package se.delbart.access;

/** Where a request stands: waiting for an administrator, or decided. */
public enum AccessRequestStatus {
    PENDING, APPROVED, REJECTED
}
