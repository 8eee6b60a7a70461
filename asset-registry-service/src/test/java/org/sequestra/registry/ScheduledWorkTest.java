package org.sequestra.registry;

import static org.assertj.core.api.Assertions.assertThat;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The registry's scheduled work is claimed per schedule: the platform's lock provider is there, and
 * each scheduled bean is wrapped by the scheduler lock (the registry's reference-rate fetch is
 * checked with a second replica in ReferenceRateFetchLockTest).
 */
class ScheduledWorkTest extends RegistryIntegrationTest {

  @Autowired ApplicationContext context;

  @Test
  void scheduledCleanUpsRunBehindTheSchedulerLock() {
    assertThat(context.getBeansOfType(LockProvider.class)).hasSize(1);
    assertThat(AopUtils.isAopProxy(context.getBean("idempotencyCleanup"))).isTrue();
    assertThat(AopUtils.isAopProxy(context.getBean("caseShareExpiry"))).isTrue();
  }
}
