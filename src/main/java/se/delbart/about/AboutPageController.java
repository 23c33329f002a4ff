package se.delbart.about;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "Om Delbart", the accessibility statement, the personal-data information and the cookies: public pages. */
@Controller
class AboutPageController {

    private final OperatorProperties operator;
    private final Duration sessionIdle;
    private final Duration sessionAbsolute;

    AboutPageController(OperatorProperties operator,
            @Value("${server.servlet.session.timeout:30m}") Duration sessionIdle,
            @Value("${delbart.security.session-absolute-timeout:PT12H}") Duration sessionAbsolute) {
        this.operator = operator;
        this.sessionIdle = sessionIdle;
        this.sessionAbsolute = sessionAbsolute;
    }

    @ModelAttribute
    void operator(Model model) {
        model.addAttribute("operator", operator);
    }

    @GetMapping("/om")
    String about() {
        return "about/about";
    }

    @GetMapping("/tillganglighet")
    String accessibility() {
        return "about/accessibility";
    }

    @GetMapping("/personuppgifter")
    String privacy() {
        return "about/privacy";
    }

    @GetMapping("/kakor")
    String cookies(Model model) {
        model.addAttribute("sessionIdleMinutes", sessionIdle.toMinutes());
        model.addAttribute("sessionAbsoluteHours", sessionAbsolute.toHours());
        return "about/cookies";
    }
}
