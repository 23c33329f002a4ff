package se.delbart.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import se.delbart.shared.Actor;

/** Shows the login form; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Actor actor) {
        return actor == null ? "security/login" : "redirect:/";
    }
}
