package io.haven.tasks.boundary;

import io.haven.tasks.entity.CycleType;
import io.haven.tasks.entity.TaskClass;
import io.haven.tasks.entity.TaskSettings;
import io.haven.tasks.entity.TaskTemplate;
import io.haven.tenancy.boundary.DemoApp;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * With the demo seeded: the Demo Coffee App gets one online task of each acquisition template
 * (issue 17) — invite a new member, add the customer-service friend, join the group — so the
 * practice tutorial's growth chapter ("如何拉新") can be followed on {@code ./haven run}: the
 * storefront's "邀请好友" page, and WeCom events through the partner API or the console's sandbox
 * with the configuration ids below. Through the real boundary, as the demo enterprise; idempotent
 * (a template the product already has a task of is left alone).
 */
@Singleton
@Startup
@DependsOn("DemoEnterprise")
public class DemoAcquisitionTasks {

  public static final String SERVICE_CONFIGURATION = "demo-wecom-service";
  public static final String GROUP_CONFIGURATION = "demo-wecom-group";
  private static final Logger LOG = Logger.getLogger(DemoAcquisitionTasks.class.getName());

  @Inject DemoApp demo;
  @Inject PointsTasks tasks;

  /** Not in one transaction: each boundary call is its own, inside the demo enterprise's tenant. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void seed() {
    demo.seed(
        productId -> {
            Set<TaskTemplate> present =
                tasks.list(null, TaskClass.ACQUISITION, null, 0, 100).items().stream()
                    .filter(t -> t.productId() == productId)
                    .map(TaskView::template)
                    .collect(Collectors.toSet());
            seed(present, productId, TaskTemplate.INVITE_MEMBER, "邀请好友 Invite a friend", "去邀请", 5, 50, TaskSettings.none());
            seed(present, productId, TaskTemplate.ADD_SERVICE_FRIEND, "添加客服 Add customer service", "去添加", 1, 20, contact(SERVICE_CONFIGURATION));
            seed(present, productId, TaskTemplate.JOIN_GROUP, "加入社群 Join the group", "去加入", 1, 20, contact(GROUP_CONFIGURATION));
        });
  }

  private void seed(
      Set<TaskTemplate> present, long productId, TaskTemplate template, String title, String button, int perCycle, int points,
      TaskSettings settings) {
    if (present.contains(template)) {
      return;
    }
    CycleType cycle = template == TaskTemplate.INVITE_MEMBER ? CycleType.DAY : CycleType.YEAR;
    tasks.create(productId, template, new TaskInput(title, null, button, null, cycle, 1, perCycle, points, null, null, 50, settings));
    LOG.info("Seeded the demo task " + template);
  }

  private static TaskSettings contact(String configurationId) {
    return new TaskSettings(
        null, null, "WECHAT_WORK", null, configurationId, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
