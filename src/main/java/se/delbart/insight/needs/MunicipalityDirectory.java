package se.delbart.insight.needs;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.delbart.municipality.Municipalities;
import se.delbart.municipality.Municipality;
import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.Profiles;

/**
 * Every municipality's facts with its dominant ideal type: declared where answered and not private, estimated from SKR
 * group and size otherwise (see {@link Profiles#allForAggregates()}).
 */
@Component
public class MunicipalityDirectory {

    private final Municipalities municipalities;
    private final Profiles profiles;

    MunicipalityDirectory(Municipalities municipalities, Profiles profiles) {
        this.municipalities = municipalities;
        this.profiles = profiles;
    }

    /** By kommunkod, in name order. */
    @Transactional(readOnly = true)
    public Map<String, MunicipalityFacts> all() {
        Map<String, IdealTypeProfile> types = profiles.allForAggregates();
        Map<String, MunicipalityFacts> facts = new LinkedHashMap<>();
        for (Municipality m : municipalities.findAllByOrderByNameAsc()) {
            IdealTypeProfile p = types.get(m.kommunkod());
            facts.put(m.kommunkod(), new MunicipalityFacts(m.kommunkod(), m.name(), m.countyCode(), m.countyName(),
                    m.skrGroup(), m.population(), p.dominant(), p.estimated()));
        }
        return facts;
    }
}
