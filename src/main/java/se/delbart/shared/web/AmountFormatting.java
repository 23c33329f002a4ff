package se.delbart.shared.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Binds {@link SwedishAmount} fields: "25 000", "25 000 kr" and "25 000,50" are 25000, 25000 and 25001 kronor. */
@Configuration(proxyBeanMethods = false)
class AmountFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldAnnotation(new Factory());
    }

    static final class Factory implements AnnotationFormatterFactory<SwedishAmount> {

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(Long.class);
        }

        @Override
        public Printer<Long> getPrinter(SwedishAmount annotation, Class<?> fieldType) {
            return (value, locale) -> value.toString();
        }

        @Override
        public Parser<Long> getParser(SwedishAmount annotation, Class<?> fieldType) {
            return AmountFormatting::parse;
        }
    }

    /** Digits in groups separated by spaces, an optional decimal comma (or point) with 1–2 decimals, then "kr". */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+([,.]\\d{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("(?i)\\s*(kr\\.?|kronor|sek|:-)$");

    static Long parse(String text, Locale locale) throws ParseException {
        String amount = CURRENCY.matcher(text.strip()).replaceFirst("")
                .replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace('\u2212', '-')
                .replace(" ", "");
        if (!AMOUNT.matcher(amount).matches()) {
            throw new ParseException("not an amount in kronor: " + text, 0);
        }
        return new BigDecimal(amount.replace(',', '.')).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
