/**
 * The pages a Swedish public e-service owes its visitors: what Delbart is and who runs it ("Om Delbart"), the
 * accessibility statement (lag 2018:1937, DIGG's model), the personal-data information (GDPR article 13) and the
 * cookies used. Who runs it and whom to contact is configuration ({@link se.delbart.about.OperatorProperties}).
 */
package se.delbart.about;
