package se.delbart.shared.web.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;

/**
 * Gives Delbart's types schema names that are unique. Schemas are named by the simple class name, and two types of
 * the same simple name (say {@code ClusterProposer.Member} and {@code OverlapGroup.Member}) would silently share one
 * schema, describing one of them wrongly. A type whose simple name another Delbart type has too is named after its
 * enclosing type ({@code ClusterProposerMember}), or its module if it has none ({@code CatalogContact}).
 */
final class SchemaNames implements ModelConverter {

    private static final String ROOT = "se.delbart.";

    private final Set<String> shared;

    SchemaNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
        Map<String, Integer> counts = new HashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("se.delbart")) {
            if (isTestClass(definition)) {
                // present in tests only: they must not rename the application's schemas
                continue;
            }
            String name = definition.getBeanClassName();
            counts.merge(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1), 1, Integer::sum);
        }
        shared = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean isTestClass(BeanDefinition definition) {
        try {
            return definition instanceof AbstractBeanDefinition bean && bean.getResource() != null
                    && bean.getResource().getURI().toString().contains("/test-classes/");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null && type.getType() != null) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            Class<?> raw = javaType.getRawClass();
            if (raw.getName().startsWith(ROOT) && !raw.isEnum() && javaType.getBindings().isEmpty()
                    && shared.contains(raw.getSimpleName())) {
                type.name(nameOf(raw));
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    static String nameOf(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing != null) {
            return enclosing.getSimpleName().replaceFirst("(Api)?Controller$", "") + type.getSimpleName();
        }
        String module = type.getName().substring(ROOT.length());
        module = module.substring(0, module.indexOf('.'));
        return module.substring(0, 1).toUpperCase(Locale.ROOT) + module.substring(1) + type.getSimpleName();
    }
}
