package org.sequestra.platform.audit;

import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Flushes the entity managers bound to the current transaction. Loaded only with JPA present. */
final class JpaFlush {

  private JpaFlush() {}

  static void flushBoundEntityManagers() {
    for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
      if (resource instanceof EntityManagerHolder holder) {
        try {
          holder.getEntityManager().flush();
        } catch (RuntimeException e) {
          // Translated as a commit would be: a stale version stays an optimistic-locking failure.
          DataAccessException translated =
              EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e);
          throw translated != null ? translated : e;
        }
      }
    }
  }
}
