package se.delbart.contact.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.delbart.contact.Inbox;
import se.delbart.shared.Actor;

/** Every page's navigation shows the inbox with its unread count to a municipality's staff. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final ObjectProvider<Inbox> inbox;

    /** The inbox may be missing in web slice tests (@WebMvcTest loads every advice but not the services). */
    UnreadCountAdvice(ObjectProvider<Inbox> inbox) {
        this.inbox = inbox;
    }

    /** Null (no inbox link) for visitors, admins and analysts, and for API calls, which render no page. */
    @ModelAttribute("unreadCount")
    Long unreadCount(Actor actor, jakarta.servlet.http.HttpServletRequest request) {
        if (actor == null || !actor.role().belongsToMunicipality() || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        Inbox available = inbox.getIfAvailable();
        return available == null ? null : available.unread(actor);
    }
}
