package org.chrysalis.deliberation.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;

import org.chrysalis.deliberation.service.Views.Tally;

/** A vote's public count: per option once closed, never per voter. */
@XmlAccessorType(XmlAccessType.FIELD)
public class TallyData {
    public long topicId;
    public int round;
    public String rule;
    public boolean closed;
    public long eligible;
    public long votesCast;
    public String outcome;
    public Long winningOptionId;
    @XmlElement(name = "option")
    public List<OptionCount> options = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class OptionCount {
        public long id;
        public String label;
        public Long votes;
    }

    static TallyData of(Tally t) {
        TallyData d = new TallyData();
        d.topicId = t.topicId();
        d.round = t.round();
        d.rule = t.rule() == null ? null : t.rule().name();
        d.closed = t.closed();
        d.eligible = t.eligible();
        d.votesCast = t.votesCast();
        d.outcome = t.outcome() == null ? null : t.outcome().name();
        d.winningOptionId = t.winningOptionId();
        t.options().forEach(o -> {
            OptionCount c = new OptionCount();
            c.id = o.id();
            c.label = o.label();
            c.votes = o.votes();
            d.options.add(c);
        });
        return d;
    }
}
