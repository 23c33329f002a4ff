package se.delbart.catalog.web;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;

/** Looks up publishing municipalities for views, in one query per page. */
@Component
class Publishers {

    private final Municipalities municipalities;

    Publishers(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    PublisherView of(String kommunkod) {
        return PublisherView.of(kommunkod, municipalities.findById(kommunkod).orElse(null));
    }

    Map<String, PublisherView> of(Collection<String> kommunkoder) {
        Map<String, Municipality> found = municipalities.findAllByKommunkodIn(kommunkoder).stream()
                .collect(Collectors.toMap(Municipality::kommunkod, Function.identity()));
        return kommunkoder.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), k -> PublisherView.of(k, found.get(k))));
    }
}
