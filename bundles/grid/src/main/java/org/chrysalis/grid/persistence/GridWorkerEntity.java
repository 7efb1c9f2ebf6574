package org.chrysalis.grid.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A worker's assignment to a grid; a worker may own several grids. */
@Entity
@Table(name = "GRD_GRID_WORKER")
@IdClass(GridWorkerEntity.Key.class)
public class GridWorkerEntity {

    @Id
    @Column(name = "GRID_CODE", length = 64)
    public String gridCode;

    @Id
    @Column(name = "WORKER", length = 100)
    public String worker;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String gridCode;
        public String worker;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(gridCode, k.gridCode) && Objects.equals(worker, k.worker);
        }

        @Override
        public int hashCode() {
            return Objects.hash(gridCode, worker);
        }
    }
}
