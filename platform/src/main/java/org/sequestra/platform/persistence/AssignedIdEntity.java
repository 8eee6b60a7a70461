package org.sequestra.platform.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * An entity whose UUID is assigned in Java and that has no version column. Spring Data's {@code
 * save} takes such an entity for an existing row (its id is set) and merges it, which costs a
 * SELECT before every INSERT; this says "new" until the entity is stored or loaded, so save
 * persists.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

  @Transient private boolean stored;

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostLoad
  @PostPersist
  void markStored() {
    stored = true;
  }
}
