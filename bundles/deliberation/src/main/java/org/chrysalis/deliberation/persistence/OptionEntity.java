package org.chrysalis.deliberation.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;


@Entity
@Table(name = "DLB_OPTION")
public class OptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    public Long id;

    @Column(name = "TOPIC_ID", nullable = false)
    public long topicId;

    @Column(name = "SORT_ORDER", nullable = false)
    public int sortOrder;

    @Column(name = "OPTION_LABEL", length = 200, nullable = false)
    public String label;
}
