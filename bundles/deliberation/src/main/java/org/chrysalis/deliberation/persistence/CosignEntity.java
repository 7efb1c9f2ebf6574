package org.chrysalis.deliberation.persistence;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

@IdClass(CosignEntity.Key.class)
@Entity
@Table(name = "DLB_COSIGN")
public class CosignEntity {

    @Id
    @Column(name = "TOPIC_ID")
    public long topicId;

    @Id
    @Column(name = "USER_NAME", length = 100)
    public String userName;

    @Column(name = "SIGNED_AT", nullable = false)
    public Instant signedAt;

    public static class Key implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        public long topicId;
        public String userName;

        public Key() {
        }

        public Key(long topicId, String userName) {
            this.topicId = topicId;
            this.userName = userName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.topicId == topicId && k.userName.equals(userName);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(topicId, userName);
        }
    }
}
