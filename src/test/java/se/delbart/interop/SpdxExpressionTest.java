package se.delbart.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpdxExpressionTest {

    @ParameterizedTest
    @ValueSource(strings = { "MIT", "EUPL-1.2", "AGPL-3.0-or-later", "mit", "Apache-2.0 OR MIT", "MIT AND CC-BY-4.0",
            "GPL-2.0-or-later WITH Classpath-exception-2.0", "(MIT OR Apache-2.0) AND BSD-3-Clause",
            "((MIT))", "GPL-2.0+", "LicenseRef-proprietary", "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
            "MIT or Apache-2.0", "GPL-3.0" })
    void validExpressions(String expression) {
        assertThat(SpdxExpression.problem(expression)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Invalid License", "MIT OR", "OR MIT", "(MIT", "MIT)", "MIT WITH Apache-2.0",
            "MIT WITH", "MIT AND AND EUPL-1.2", "Proprietär", "MIT Or Apache-2.0", "()" })
    void invalidExpressions(String expression) {
        assertThat(SpdxExpression.isValid(expression)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "GPL-3.0", "LGPL-2.1" })
    void deprecatedIdsAreKnown(String id) {
        assertThat(SpdxExpression.isDeprecatedId(id)).isTrue();
        assertThat(SpdxExpression.isDeprecatedId("GPL-3.0-only")).isFalse();
    }
}
