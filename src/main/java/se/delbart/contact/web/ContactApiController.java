package se.delbart.contact.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.delbart.contact.Inbox;
import se.delbart.contact.Threads;
import se.delbart.shared.Actor;

/**
 * API of the inbox and threads. Everything needs a token ({@code /api/**} default: 401 without); a thread is only
 * for the publisher's and the interested municipality's staff (403 for others, 404 for an unknown thread).
 */
@RestController
@RequestMapping("/api/v1")
class ContactApiController {

    private final ContactPages pages;
    private final Inbox inbox;
    private final Threads threads;

    ContactApiController(ContactPages pages, Inbox inbox, Threads threads) {
        this.pages = pages;
        this.inbox = inbox;
        this.threads = threads;
    }

    /** 50 notifications a page, newest first; {@code page} 0 (the default) is the latest. */
    @GetMapping("/inbox")
    ContactPages.InboxView inbox(Actor actor,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page) {
        return pages.inbox(actor, page);
    }

    @PostMapping("/inbox/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead(Actor actor) {
        inbox.markAllRead(actor);
    }

    @GetMapping("/threads/{solutionId}/{kommunkod}")
    ContactPages.ThreadView thread(Actor actor, @PathVariable UUID solutionId, @PathVariable String kommunkod) {
        return pages.thread(actor, solutionId, kommunkod);
    }

    record NewMessage(String body) {
    }

    @PostMapping(path = "/threads/{solutionId}/{kommunkod}/messages", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ContactPages.ThreadView write(Actor actor, @PathVariable UUID solutionId, @PathVariable String kommunkod,
            @RequestBody NewMessage message) {
        threads.post(actor, solutionId, kommunkod, message == null ? null : message.body());
        return pages.thread(actor, solutionId, kommunkod);
    }
}
