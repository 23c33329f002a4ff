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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import se.delbart.shared.web.openapi.ApiAccess;
import se.delbart.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;

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
    @Operation(operationId = "getInbox", summary = "The municipality's inbox",
            description = "Notifications of the caller's municipality (interest in its solutions, new thread messages), 50 a page, newest first, with the unread count.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of a municipality")
    @GetMapping("/inbox")
    ContactPages.InboxView inbox(Actor actor,
            @Parameter(description = "The page, counted from 0 (the latest); 50 notifications a page. Values outside 0–100000 are brought inside.",
                    schema = @Schema(minimum = "0", maximum = "100000", defaultValue = "0"))
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page) {
        return pages.inbox(actor, page);
    }

    @Operation(operationId = "markInboxRead", summary = "Mark every notification read",
            description = "Marks all notifications of the caller's municipality as read.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of a municipality")
    @PostMapping("/inbox/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead(Actor actor) {
        inbox.markAllRead(actor);
    }

    @Operation(operationId = "getThread", summary = "A thread about a solution",
            description = "The messages between the solution's publisher and one interested municipality, oldest first.")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the publishing or the interested municipality")
    @GetMapping("/threads/{solutionId}/{kommunkod}")
    ContactPages.ThreadView thread(Actor actor, @PathVariable UUID solutionId, @PathVariable String kommunkod) {
        return pages.thread(actor, solutionId, kommunkod);
    }

    record NewMessage(String body) {
    }

    @Operation(operationId = "writeMessage", summary = "Write in a thread",
            description = """
                    Adds a message (`body`: 1–4000 characters of plain text) and answers with the whole thread. The other \
                    municipality gets one unread notice per thread. One municipality writes at most 20 messages an hour \
                    in a thread: then 429 with `Retry-After`.""")
    @ApiAccess(roles = { Role.EDITOR, Role.MEMBER }, scope = "staff of the publishing or the interested municipality")
    @ApiResponse(responseCode = "429", description = "20 messages in the last hour from the caller's municipality in this thread; `errors` names `body`.")
    @PostMapping(path = "/threads/{solutionId}/{kommunkod}/messages", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    ContactPages.ThreadView write(Actor actor, @PathVariable UUID solutionId, @PathVariable String kommunkod,
            @RequestBody NewMessage message) {
        threads.post(actor, solutionId, kommunkod, message == null ? null : message.body());
        return pages.thread(actor, solutionId, kommunkod);
    }
}
