/**
 * "Så får din kommun tillgång": municipal staff request an account, an administrator approves (the account is created
 * with a one-time link to set its password) or rejects; requests are rate-limited and deleted after a retention period.
 */
package se.delbart.access;
