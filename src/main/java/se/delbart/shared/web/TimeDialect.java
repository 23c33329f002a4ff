package se.delbart.shared.web;

import java.time.temporal.TemporalAccessor;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import se.delbart.shared.SwedishTime;

/** {@code #times} in templates: every date and time on a page in Swedish time and one format ({@link SwedishTime}). */
@Component
class TimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Times TIMES = new Times();

    TimeDialect() {
        super("delbart-times");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("times");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return TIMES;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** What {@code #times} offers. */
    public static final class Times {

        /** {@code 2026-12-07}, in Sweden. */
        public String date(TemporalAccessor time) {
            return SwedishTime.date(time);
        }

        /** {@code 2026-12-07 10:15}, in Sweden. */
        public String dateTime(TemporalAccessor time) {
            return SwedishTime.dateTime(time);
        }

        /** Today's date in Sweden, {@code 2026-12-07}. */
        public String today() {
            return SwedishTime.date(java.time.Instant.now());
        }

        /** The machine-readable value of a {@code <time datetime>}: ISO 8601 with the Swedish offset. */
        public String iso(TemporalAccessor time) {
            if (time == null) {
                return "";
            }
            return time instanceof java.time.LocalDate date ? date.toString()
                    : SwedishTime.inSweden(time).toOffsetDateTime().toString();
        }
    }
}
