package se.delbart.security.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' starting point: one navigation item for the pages only they use ({@code /admin/**} is ADMIN's). */
@Controller
class AdminPageController {

    @GetMapping("/admin")
    String admin() {
        return "security/admin";
    }
}
