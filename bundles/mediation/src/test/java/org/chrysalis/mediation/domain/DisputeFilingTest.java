package org.chrysalis.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.chrysalis.mediation.domain.Problems.invalidFields;
import static org.chrysalis.mediation.domain.Problems.problemOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisputeFilingTest {

    private static final String CODE = "91110000600037341L";

    /** A valid filing to change one field at a time. */
    static final class Draft {
        String consumerName = "Li Wei";
        String consumerPhone = "+86 138 0000 0000";
        String merchantName = "Happy Mart";
        String merchantCreditCode = CODE;
        String merchantContact = "front desk";
        DisputeCategory category = DisputeCategory.GOODS_QUALITY;
        Long claimAmountFen = 129_900L;
        String facts = "The kettle broke after two days and the shop refuses a refund.";
        List<Evidence> evidence = List.of(new Evidence("receipt", "https://files.example.org/r/1.jpg"));

        DisputeFiling build() {
            return new DisputeFiling(consumerName, consumerPhone, merchantName, merchantCreditCode, merchantContact,
                    category, claimAmountFen, facts, evidence);
        }
    }

    private static Arguments change(String field, UnaryOperator<Draft> change) {
        return Arguments.of(field, change);
    }

    private static String text(int length) {
        return "x".repeat(length);
    }

    static Stream<Arguments> oneBadField() {
        return Stream.of(
                change("consumerName", d -> { d.consumerName = null; return d; }),
                change("consumerName", d -> { d.consumerName = "  "; return d; }),
                change("consumerName", d -> { d.consumerName = text(101); return d; }),
                change("consumerPhone", d -> { d.consumerPhone = text(31); return d; }),
                change("merchantName", d -> { d.merchantName = null; return d; }),
                change("merchantName", d -> { d.merchantName = text(201); return d; }),
                change("merchantCreditCode", d -> { d.merchantCreditCode = "91110000600037341"; return d; }),
                change("merchantCreditCode", d -> { d.merchantCreditCode = "91110000600037341LL"; return d; }),
                change("merchantCreditCode", d -> { d.merchantCreditCode = "9111000060003734IO"; return d; }),
                change("merchantCreditCode", d -> { d.merchantCreditCode = "911100006000373S1L"; return d; }),
                change("merchantCreditCode", d -> { d.merchantCreditCode = "91AB0000600037341L"; return d; }),
                change("merchantCreditCode", d -> { d.merchantCreditCode = "91110000600037341X"; return d; }),
                change("merchantContact", d -> { d.merchantContact = text(101); return d; }),
                change("category", d -> { d.category = null; return d; }),
                change("claimAmountFen", d -> { d.claimAmountFen = null; return d; }),
                change("claimAmountFen", d -> { d.claimAmountFen = -1L; return d; }),
                change("claimAmountFen", d -> { d.claimAmountFen = 100_000_000_001L; return d; }),
                change("facts", d -> { d.facts = null; return d; }),
                change("facts", d -> { d.facts = text(4_001); return d; }),
                change("evidence", d -> { d.evidence = Collections.nCopies(21, new Evidence("photo", null)); return d; }),
                change("evidence[0]", d -> { d.evidence = nullItem(); return d; }),
                change("evidence[0].description", d -> { d.evidence = List.of(new Evidence(null, null)); return d; }),
                change("evidence[0].description", d -> { d.evidence = List.of(new Evidence(text(501), null)); return d; }),
                change("evidence[0].url", d -> { d.evidence = List.of(new Evidence("photo", "ftp://example.org/a")); return d; }),
                change("evidence[0].url", d -> { d.evidence = List.of(new Evidence("photo", "javascript:alert(1)")); return d; }),
                change("evidence[0].url", d -> { d.evidence = List.of(new Evidence("photo", "https://")); return d; }),
                change("evidence[0].url", d -> { d.evidence = List.of(new Evidence("photo", "not a url")); return d; }),
                change("evidence[0].url", d -> {
                    d.evidence = List.of(new Evidence("photo", "https://example.org/" + text(481)));
                    return d;
                }));
    }

    private static List<Evidence> nullItem() {
        var items = new ArrayList<Evidence>();
        items.add(null);
        return items;
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("oneBadField")
    void eachInvalidFieldIsReportedByName(String field, UnaryOperator<Draft> change) {
        var filing = change.apply(new Draft()).build();
        assertThat(invalidFields(filing::validate)).containsExactly(field);
    }

    @Test
    void aValidFilingPasses() {
        assertThatCode(() -> new Draft().build().validate()).doesNotThrowAnyException();
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        var d = new Draft();
        d.consumerName = text(100);
        d.consumerPhone = text(30);
        d.merchantName = text(200);
        d.merchantContact = text(100);
        d.claimAmountFen = 100_000_000_000L;
        d.facts = text(4_000);
        d.evidence = Collections.nCopies(20, new Evidence(text(500), "http://example.org/" + text(481)));
        assertThatCode(() -> d.build().validate()).doesNotThrowAnyException();
    }

    @Test
    void theOptionalFieldsMayBeLeftOut() {
        var d = new Draft();
        d.consumerPhone = null;
        d.merchantCreditCode = null;
        d.merchantContact = null;
        d.claimAmountFen = 0L;
        d.evidence = null;
        assertThatCode(() -> d.build().validate()).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankCreditCodeCountsAsAbsent(String code) {
        var d = new Draft();
        d.merchantCreditCode = code;
        assertThatCode(() -> d.build().validate()).doesNotThrowAnyException();
        assertThat(d.build().merchantKey()).isEqualTo("happymart");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        var filing = new DisputeFiling(null, null, null, "bad", null, null, null, null,
                List.of(new Evidence(null, "mailto:a@b.c")));
        var problem = problemOf(filing::validate);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(invalidFields(filing::validate)).containsExactlyInAnyOrder("consumerName", "merchantName",
                "merchantCreditCode", "category", "claimAmountFen", "facts", "evidence[0].description",
                "evidence[0].url");
    }

    @Test
    void theMerchantKeyPrefersTheCreditCode() {
        assertThat(new Draft().build().merchantKey()).isEqualTo(CODE);
    }

    @Test
    void evidenceValidatesOnItsOwnToo() {
        assertThatCode(() -> new Evidence("receipt", null).validate()).doesNotThrowAnyException();
        assertThat(invalidFields(() -> new Evidence(" ", "file:///etc/passwd").validate()))
                .containsExactly("description", "url");
    }
}
