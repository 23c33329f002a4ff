package se.delbart.security.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import se.delbart.security.AccountSetupLinks;
import se.delbart.security.InvalidAccountException;

/**
 * A new account's first password, through the one-time link of its approval ({@code /konto/losenord/{secret}}). An
 * unknown, used or expired link gets 404 with a page that says so.
 */
@Controller
class SetPasswordController {

    /** The form: the password twice. */
    public static class SetPasswordForm {
        private String password;
        private String passwordAgain;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getPasswordAgain() {
            return passwordAgain;
        }

        public void setPasswordAgain(String passwordAgain) {
            this.passwordAgain = passwordAgain;
        }
    }

    private final AccountSetupLinks links;

    SetPasswordController(AccountSetupLinks links) {
        this.links = links;
    }

    @GetMapping("/konto/losenord/{secret}")
    String form(@PathVariable String secret, Model model, HttpServletResponse response) {
        Optional<String> username = links.usernameFor(secret);
        return page(username, new SetPasswordForm(), secret, model, response);
    }

    @PostMapping("/konto/losenord/{secret}")
    String submit(@PathVariable String secret, @ModelAttribute("passwordForm") SetPasswordForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<String> username = links.usernameFor(secret);
        if (username.isPresent()) {
            if (form.getPassword() != null && !form.getPassword().isEmpty()
                    && !form.getPassword().equals(form.getPasswordAgain())) {
                errors.rejectValue("passwordAgain", "setPassword.mismatch");
            }
            else {
                try {
                    username = links.setPassword(secret, form.getPassword());
                    if (username.isPresent()) {
                        redirect.addFlashAttribute("passwordSet", username.get());
                        return "redirect:/login";
                    }
                }
                catch (InvalidAccountException e) {
                    e.violations().forEach(v -> errors.rejectValue(v.field(), v.code(), v.message()));
                }
            }
        }
        form.setPassword(null);
        form.setPasswordAgain(null);
        return page(username, form, secret, model, response);
    }

    private static String page(Optional<String> username, SetPasswordForm form, String secret, Model model,
            HttpServletResponse response) {
        if (username.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("linkInvalid", true);
        }
        model.addAttribute("username", username.orElse(null));
        model.addAttribute("passwordForm", form);
        model.addAttribute("secret", secret);
        return "security/set-password";
    }
}
