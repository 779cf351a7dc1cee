package io.haven.tasks.boundary;

import io.haven.common.TenantContext;
import io.haven.members.entity.Invitation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads who invited whom (issue 17) with the points each invitation earned: the storefront's
 * "invite friends" page, the console's member detail and an INVITE_MEMBER task's records. Every
 * read is bound to the product as well as the tenant.
 */
@Stateless
public class Invitations {

  /** The most invitations one page shows. */
  public static final int PAGE = 100;

  @PersistenceContext EntityManager em;
  @Inject TenantContext tenant;

  /** The invitations a member made, newest first. */
  public List<InvitationView> madeBy(long productId, long inviterId) {
    tenant.tenantId();
    List<Object[]> rows =
        em.createQuery(
                "select i, m.nickname, n.nickname from Invitation i join Member m on m.id = i.inviterId"
                    + " join Member n on n.id = i.inviteeId where i.productId = :p and i.inviterId = :m order by i.invitedAt desc, i.id desc",
                Object[].class)
            .setParameter("p", productId)
            .setParameter("m", inviterId)
            .setMaxResults(PAGE)
            .getResultList();
    Map<String, Integer> points = pointsByOrigin(List.of(inviterId));
    return rows.stream().map(r -> view(r, points)).toList();
  }

  /** Who invited this member, if anyone did. */
  public Optional<InvitationView> of(long productId, long inviteeId) {
    tenant.tenantId();
    return em.createQuery(
            "select i, m.nickname, n.nickname from Invitation i join Member m on m.id = i.inviterId"
                + " join Member n on n.id = i.inviteeId where i.productId = :p and i.inviteeId = :m",
            Object[].class)
        .setParameter("p", productId)
        .setParameter("m", inviteeId)
        .getResultStream()
        .findFirst()
        .map(r -> view(r, pointsByOrigin(List.of(((Invitation) r[0]).getInviterId()))));
  }

  /** The invitations of a product, newest first: an INVITE_MEMBER task's records in the console. */
  public List<InvitationView> ofProduct(long productId) {
    tenant.tenantId();
    List<Object[]> rows =
        em.createQuery(
                "select i, m.nickname, n.nickname from Invitation i join Member m on m.id = i.inviterId"
                    + " join Member n on n.id = i.inviteeId where i.productId = :p order by i.invitedAt desc, i.id desc",
                Object[].class)
            .setParameter("p", productId)
            .setMaxResults(PAGE)
            .getResultList();
    List<Long> inviters = rows.stream().map(r -> ((Invitation) r[0]).getInviterId()).distinct().toList();
    Map<String, Integer> points = pointsByOrigin(inviters);
    return rows.stream().map(r -> view(r, points)).toList();
  }

  /** Points the inviters' invitation credits earned, by "inviter:origin". */
  private Map<String, Integer> pointsByOrigin(List<Long> inviterIds) {
    Map<String, Integer> points = new HashMap<>();
    if (inviterIds.isEmpty()) {
      return points;
    }
    em.createQuery(
            "select c.memberId, c.origin, c.points from TaskCompletion c where c.memberId in :m and c.origin like 'invite:%'",
            Object[].class)
        .setParameter("m", inviterIds)
        .getResultList()
        .forEach(r -> points.merge(r[0] + ":" + r[1], (Integer) r[2], Integer::sum));
    return points;
  }

  private static InvitationView view(Object[] row, Map<String, Integer> points) {
    Invitation i = (Invitation) row[0];
    return new InvitationView(
        i.getInviterId(),
        (String) row[1],
        i.getInviteeId(),
        (String) row[2],
        i.getInvitedAt(),
        i.getChannel().name(),
        points.getOrDefault(i.getInviterId() + ":invite:" + i.getInviteeId(), 0));
  }

}
