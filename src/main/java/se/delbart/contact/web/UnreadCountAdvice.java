package se.delbart.contact.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.delbart.contact.Inbox;
import se.delbart.shared.Actor;

/** Every page's navigation shows the inbox with its unread count to a municipality's staff. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountAdvice {

    private final Inbox inbox;

    UnreadCountAdvice(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("unreadCount")
    Long unreadCount(Actor actor) {
        return actor == null || !actor.role().belongsToMunicipality() ? null : inbox.unread(actor);
    }
}
