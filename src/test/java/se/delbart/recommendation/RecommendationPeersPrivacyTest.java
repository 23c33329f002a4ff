package se.delbart.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.delbart.profile.IdealTypeProfile;
import se.delbart.profile.Profiles;
import se.delbart.profile.Visibility;
import se.delbart.web.PageTest;

/**
 * Recommendations compare a municipality with its peers by profile ("in production in 2 municipalities with a profile
 * like yours"). A peer that keeps its self-assessment private is compared by its estimate, never by its answers; the
 * municipality asking is compared by its own answers, private or not (its own staff are asking).
 */
class RecommendationPeersPrivacyTest extends PageTest {

    private static final String MOTALA = "0583";
    private static final String VADSTENA = "0584";

    @Autowired
    Recommender recommender;

    @Autowired
    RecommendationData data;

    @Autowired
    Profiles profiles;

    @Test
    void aPrivatePeerCountsByItsEstimateAndTheAskerByItsOwnAnswers() {
        Map<String, String> operational = Map.of("capacity", "strong", "unit", "separate-unit",
                "operations-crowd-out", "sometimes");
        profiles.save(editorOf(VADSTENA), VADSTENA, operational, Visibility.PRIVATE, null);
        profiles.save(editorOf(MOTALA), MOTALA, operational, Visibility.PRIVATE, null);

        Map<String, IdealTypeProfile> shown = profiles.allForAggregates();
        // the test means something only if the answers give other weights than the estimates
        assertThat(profiles.profileOf(VADSTENA).weights()).isNotEqualTo(shown.get(VADSTENA).weights());
        assertThat(profiles.profileOf(MOTALA).weights()).isNotEqualTo(shown.get(MOTALA).weights());

        Situation situation = recommender.situation(MOTALA, data.current());

        assertThat(situation.peerWeights().get(VADSTENA)).isEqualTo(shown.get(VADSTENA).weights());
        assertThat(situation.weights()).isEqualTo(profiles.profileOf(MOTALA).weights());
        assertThat(situation.peerWeights().get(MOTALA)).isEqualTo(profiles.profileOf(MOTALA).weights());
    }
}
