package se.delbart.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import se.delbart.shared.FieldProblem;

class FormFieldsTest {

    @Test
    void jsonPathsMapToTheInputsOfTheForm() {
        SolutionForm form = new SolutionForm();
        form.setOperational(true);
        form.setStrategic(true);
        form.getContacts().get(1).setEmail("nope");

        assertThat(FormFields.formField("summary", form)).isEqualTo("summary");
        assertThat(FormFields.formField("links.website", form)).isEqualTo("website");
        assertThat(FormFields.formField("effort.implementationDays", form)).isEqualTo("implementationDaysMin");
        assertThat(FormFields.formField("effort.adaptationDays.max", form)).isEqualTo("adaptationDaysMax");
        assertThat(FormFields.formField("benefit", form)).isEqualTo("operationalBenefit");
        assertThat(FormFields.formField("features[3]", form)).isEqualTo("features");
        // the second checked ideal type is STRATEGIC; the first filled contact row is row 1
        assertThat(FormFields.formField("fit.idealTypes[1].reason", form)).isEqualTo("strategicReason");
        assertThat(FormFields.formField("contacts[0].email", form)).isEqualTo("contacts[1].email");
        assertThat(FormFields.formField("somethingElse", form)).isNull();
    }

    @Test
    void problemsBecomeOneFieldErrorEachWithAMessageCodeAndTheFallbackText() {
        SolutionForm form = new SolutionForm();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        FormFields.reject(result, form, List.of(new FieldProblem("summary", "size must be between 0 and 150"),
                new FieldProblem("summary", "must not be blank"), new FieldProblem("mystery", "odd")));

        assertThat(result.getFieldErrors("summary")).hasSize(1);
        assertThat(result.getFieldError("summary").getCodes()).contains("solution.error.summary");
        assertThat(result.getFieldError("summary").getDefaultMessage()).isEqualTo("size must be between 0 and 150");
        assertThat(result.getGlobalErrors()).hasSize(1);
    }

    @Test
    void theErrorSummaryFollowsTheOrderOfTheForm() {
        SolutionForm form = new SolutionForm();
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        result.rejectValue("contacts[1].email", "x");
        result.rejectValue("contacts[0].name", "x");
        result.rejectValue("implementationDaysMin", "x");
        result.rejectValue("summary", "x");
        result.rejectValue("name", "x");
        result.reject("stale");

        BindingResult sorted = FormFields.inFormOrder(result);
        assertThat(sorted.getFieldErrors()).extracting(e -> e.getField())
                .containsExactly("name", "summary", "implementationDaysMin", "contacts[0].name", "contacts[1].email");
        assertThat(sorted.getGlobalErrors()).hasSize(1);
    }

    @Test
    void idsFollowTheTemplate() {
        assertThat(FormFields.idOf("contacts[1].email")).isEqualTo("contacts1-email");
        assertThat(FormFields.codeOf("contacts[1].email")).isEqualTo("contacts.email");
    }
}
