package se.delbart.security.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import se.delbart.municipality.Municipalities;
import se.delbart.security.Account;
import se.delbart.security.AccountChanges;
import se.delbart.security.AccountService;
import se.delbart.security.InvalidAccountException;
import se.delbart.shared.Role;

/** User administration pages for ADMIN: list, create, edit. POST-redirect-GET with a flash message. */
@Controller
@RequestMapping("/admin/anvandare")
class UserAdminController {

    private final AccountService accounts;
    private final Municipalities municipalities;

    UserAdminController(AccountService accounts, Municipalities municipalities) {
        this.accounts = accounts;
        this.municipalities = municipalities;
    }

    /** {@code roll} and {@code kommun} filter the list; an unknown value is ignored rather than refused. */
    @GetMapping
    String list(@PageableDefault(size = 50) Pageable pageable,
            @RequestParam(name = "roll", required = false) String role,
            @RequestParam(name = "kommun", required = false) String kommunkod,
            Model model) {
        Pageable byUsername = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        Role roleFilter = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                .orElse(null);
        var all = municipalities.findAllByOrderByNameAsc();
        String kommunFilter = all.stream().map(m -> m.kommunkod()).filter(k -> k.equals(kommunkod)).findFirst()
                .orElse(null);
        model.addAttribute("users", accounts.list(roleFilter, kommunFilter, byUsername));
        model.addAttribute("roles", Role.values());
        model.addAttribute("municipalities", all);
        model.addAttribute("municipalityNames", all.stream().collect(Collectors.toMap(
                m -> m.kommunkod(), m -> m.name())));
        model.addAttribute("roleFilter", roleFilter);
        model.addAttribute("kommunFilter", kommunFilter);
        model.addAttribute("now", java.time.Instant.now());
        return "security/users";
    }

    @GetMapping("/ny")
    String newUser(Model model) {
        return form(model, new UserForm(), null);
    }

    @PostMapping("/ny")
    String create(@Valid @ModelAttribute("user") UserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                Account created = accounts.createUser(form.getUsername(), form.getDisplayName(), form.getEmail(),
                        form.getPassword(), form.getRole(), form.getMunicipalityCode());
                redirect.addFlashAttribute("created", created.username());
                return "redirect:/admin/anvandare";
            }
            catch (InvalidAccountException e) {
                reject(errors, e);
            }
        }
        form.setPassword(null);
        return form(model, form, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return form(model, UserForm.of(accounts.get(id)), id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("user") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        form.setUsername(account.username());
        if (!errors.hasErrors()) {
            try {
                accounts.update(id, new AccountChanges(form.getDisplayName(), form.getEmail(), form.getRole(),
                        form.getMunicipalityCode(), form.isEnabled()), form.getPassword());
                redirect.addFlashAttribute("updated", account.username());
                return "redirect:/admin/anvandare";
            }
            catch (InvalidAccountException e) {
                reject(errors, e);
            }
        }
        form.setPassword(null);
        return form(model, form, id);
    }

    private String form(Model model, UserForm form, Long id) {
        model.addAttribute("user", form);
        model.addAttribute("userId", id);
        model.addAttribute("roles", Role.values());
        model.addAttribute("municipalities", municipalities.findAllByOrderByNameAsc());
        return "security/user-form";
    }

    private static void reject(BindingResult errors, InvalidAccountException e) {
        e.violations().forEach(v -> errors.rejectValue(v.field(), v.code(), v.message()));
    }
}
