package org.chrysalis.grid.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "GRD_DEPARTMENT")
public class DepartmentEntity {

    @Id
    @Column(name = "CODE", length = 64)
    public String code;

    @Column(name = "NAME", length = 200, nullable = false)
    public String name;

    @Column(name = "CONTACT", length = 200)
    public String contact;
}
