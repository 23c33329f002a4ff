package se.delbart.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.delbart.shared.Actor;

/** Shows the login form; Spring Security handles {@code POST /login} and {@code POST /logout}. */
@Controller
class LoginController {

    /** {@code ?error} is where Spring Security sends a failed login (any reason: the message is deliberately generic). */
    @GetMapping("/login")
    String login(Actor actor, @RequestParam(required = false) String error, Model model) {
        if (actor != null) {
            return "redirect:/";
        }
        model.addAttribute("loginFailed", error != null);
        return "security/login";
    }
}
