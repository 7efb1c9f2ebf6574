package org.chrysalis.deliberation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Votes per option and round: a counter, so no row stands for one ballot (secret ballot). */
@IdClass(TallyEntity.Key.class)
@Entity
@Table(name = "DLB_TALLY")
public class TallyEntity {

    @Id
    @Column(name = "TOPIC_ID")
    public long topicId;

    @Id
    @Column(name = "ROUND_NO")
    public int round;

    @Id
    @Column(name = "OPTION_ID")
    public long optionId;

    @Column(name = "VOTES", nullable = false)
    public long votes;

    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public long topicId;
        public int round;
        public long optionId;

        public Key() {
        }

        public Key(long topicId, int round, long optionId) {
            this.topicId = topicId;
            this.round = round;
            this.optionId = optionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.topicId == topicId && k.round == round && k.optionId == optionId;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(topicId, round, optionId);
        }
    }
}
