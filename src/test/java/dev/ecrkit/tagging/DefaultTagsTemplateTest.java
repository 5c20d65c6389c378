package dev.ecrkit.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultTagsTemplateTest {

    @Test
    void fromWire_acceptsTheModuleNamesAndEmptyForNoTemplate() {
        assertEquals(Optional.of(DefaultTagsTemplate.BASIC), DefaultTagsTemplate.fromWire("basic"));
        assertEquals(Optional.of(DefaultTagsTemplate.COST_ALLOCATION), DefaultTagsTemplate.fromWire("cost_allocation"));
        assertEquals(Optional.of(DefaultTagsTemplate.COMPLIANCE), DefaultTagsTemplate.fromWire("compliance"));
        assertEquals(Optional.of(DefaultTagsTemplate.SDLC), DefaultTagsTemplate.fromWire("sdlc"));
        assertEquals(Optional.of(DefaultTagsTemplate.CUSTOM), DefaultTagsTemplate.fromWire(""));
        assertEquals(Optional.empty(), DefaultTagsTemplate.fromWire("Basic"));
        assertEquals(List.of("basic", "cost_allocation", "compliance", "sdlc"), DefaultTagsTemplate.wireValues());
    }

    @Test
    void defaultTagValues_emptyOptionalUnsets_emptyStringIsKept() {
        var values = DefaultTagValues.of(Optional.of(""), Optional.of("me"), Optional.empty(), Optional.empty());
        assertEquals(Optional.of(""), values.get(DefaultTagValue.ENVIRONMENT));
        assertEquals(Optional.of("me"), values.get(DefaultTagValue.OWNER));
        assertEquals(Optional.empty(), values.get(DefaultTagValue.PROJECT));
        assertEquals(Optional.empty(), values.with(DefaultTagValue.OWNER, Optional.empty()).get(DefaultTagValue.OWNER));
    }
}
