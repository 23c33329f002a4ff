package se.delbart.contact.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.delbart.contact.Inbox;
import se.delbart.contact.Threads;
import se.delbart.shared.Actor;
import se.delbart.shared.InvalidInputException;

/** The inbox ({@code /inkorg}) and the thread page between a publisher and an interested municipality. */
@Controller
class ContactPageController {

    private final ContactPages pages;
    private final Inbox inbox;
    private final Threads threads;

    private final MessageSource messages;

    ContactPageController(ContactPages pages, Inbox inbox, Threads threads, MessageSource messages) {
        this.pages = pages;
        this.inbox = inbox;
        this.threads = threads;
        this.messages = messages;
    }

    /** {@code sida} counts from 1, as people do; anything else shows the first page. */
    @GetMapping("/inkorg")
    String inbox(Actor actor, @org.springframework.web.bind.annotation.RequestParam(name = "sida", defaultValue = "1")
            String page, Model model) {
        int number;
        try {
            number = Integer.parseInt(page.strip()) - 1;
        } catch (NumberFormatException e) {
            number = 0;
        }
        model.addAttribute("inbox", pages.inbox(actor, number));
        return "contact/inbox";
    }

    @PostMapping("/inkorg/markera-lasta")
    String markAllRead(Actor actor, RedirectAttributes redirect) {
        inbox.markAllRead(actor);
        redirect.addFlashAttribute("flash", "contact.flash.allRead");
        return "redirect:/inkorg";
    }

    /**
     * The thread. The interested municipality's staff opening an empty thread find a first message written for them
     * to edit; nothing is sent until they press "Skicka".
     */
    @GetMapping("/losningar/{solutionId}/kontakt/{kommunkod}")
    String thread(Actor actor, @PathVariable UUID solutionId, @PathVariable String kommunkod, Model model,
            Locale locale) {
        ContactPages.ThreadView thread = pages.thread(actor, solutionId, kommunkod);
        model.addAttribute("thread", thread);
        boolean firstMessage = thread.messages().isEmpty() && actor.worksFor(thread.interestedCode());
        model.addAttribute("body", firstMessage ? messages.getMessage("contact.thread.firstMessage",
                new Object[] { thread.solutionName(), thread.interestedName() }, locale) : "");
        model.addAttribute("draft", firstMessage);
        return "contact/thread";
    }

    @PostMapping("/losningar/{solutionId}/kontakt/{kommunkod}")
    String write(Actor actor, @PathVariable UUID solutionId, @PathVariable String kommunkod,
            @RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            threads.post(actor, solutionId, kommunkod, body);
        } catch (InvalidInputException e) {
            boolean limited = e instanceof se.delbart.shared.TooManyRequestsException;
            if (limited) {
                response.setStatus(429);
            }
            model.addAttribute("thread", pages.thread(actor, solutionId, kommunkod));
            model.addAttribute("body", body);
            model.addAttribute("bodyError", true);
            model.addAttribute("bodyErrorKey", limited ? "contact.error.tooMany" : "contact.error.body");
            return "contact/thread";
        }
        redirect.addFlashAttribute("flash", "contact.flash.sent");
        return "redirect:/losningar/" + solutionId + "/kontakt/" + kommunkod;
    }
}
