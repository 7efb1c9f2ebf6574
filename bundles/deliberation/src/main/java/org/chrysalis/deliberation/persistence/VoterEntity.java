package org.chrysalis.deliberation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * Who has voted in a round, to refuse a second vote. Deliberately without id or time: nothing
 * relates a row here to a change of the tally.
 */
@IdClass(VoterEntity.Key.class)
@Entity
@Table(name = "DLB_VOTER")
public class VoterEntity {

    @Id
    @Column(name = "TOPIC_ID")
    public long topicId;

    @Id
    @Column(name = "ROUND_NO")
    public int round;

    @Id
    @Column(name = "USER_NAME", length = 100)
    public String userName;

    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public long topicId;
        public int round;
        public String userName;

        public Key() {
        }

        public Key(long topicId, int round, String userName) {
            this.topicId = topicId;
            this.round = round;
            this.userName = userName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.topicId == topicId && k.round == round && k.userName.equals(userName);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(topicId, round, userName);
        }
    }
}
