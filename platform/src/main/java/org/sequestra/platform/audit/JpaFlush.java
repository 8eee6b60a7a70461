package org.sequestra.platform.audit;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Flushes the entity managers bound to the current transaction. Loaded only with JPA present. */
final class JpaFlush {

  private JpaFlush() {}

  static void flushBoundEntityManagers() {
    for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
      if (resource instanceof EntityManagerHolder holder) {
        holder.getEntityManager().flush();
      }
    }
  }
}
