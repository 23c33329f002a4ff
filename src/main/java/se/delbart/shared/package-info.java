/** Shared kernel: the acting user, domain exceptions and the RFC 9457 problem-details mapping. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.delbart.shared;
