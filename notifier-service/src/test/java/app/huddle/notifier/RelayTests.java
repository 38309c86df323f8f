package app.huddle.notifier;

import app.huddle.testsupport.Fixtures;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RelayTests extends NotifierTests {

	@Autowired
	RabbitTemplate rabbit;

	@Value("${huddle.exchanges.teams}")
	String teamsExchange;

	@Test
	void teamMembersReceiveEachMessageOnceWithTheNextSeq() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User member = fixtures.user("member");
		long team = fixtures.teamWith(owner, member);
		StompClient.Subscription ownerSees = connect(owner).subscribe(Destinations.team(team));
		StompClient.Subscription memberSees = connect(member).subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 2);
		long before = fixtures.lastSeq(team, owner);

		for (int i = 1; i <= 4; i++) {
			fixtures.post(team, i % 2 == 0 ? owner : member, "hello " + i);
		}

		List<Long> expected = LongStream.rangeClosed(before + 1, before + 4).boxed().toList();
		for (StompClient.Subscription seen : List.of(ownerSees, memberSees)) {
			await().atMost(Duration.ofSeconds(10)).until(() -> seen.seqsAfter(before).size() >= 4);
			assertThat(seen.seqsAfter(before)).containsExactlyElementsOf(expected);
		}
		JsonNode activity = api.get("/api/teams/" + team + "/activity?after=" + before, owner.token()).json();
		List<JsonNode> relayed = ownerSees.envelopes.stream()
			.filter(envelope -> envelope.get("seq").asLong() > before)
			.toList();
		assertThat(relayed).hasSize(activity.size());
		for (int i = 0; i < relayed.size(); i++) {
			assertThat(relayed.get(i)).as("envelope as the activity log has it").isEqualTo(activity.get(i));
		}
		assertThat(relayed.get(3).get("type").asString()).isEqualTo("chat.message.created");
		assertThat(relayed.get(3).get("data").get("body").asString()).isEqualTo("hello 4");
	}

	@Test
	void dropsASecondCopyOfAnEnvelope() {
		Fixtures.User owner = fixtures.user("owner");
		long team = fixtures.team(owner);
		StompClient.Subscription seen = connect(owner).subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 1);
		long before = fixtures.lastSeq(team, owner);
		fixtures.post(team, owner, "once");
		await().atMost(Duration.ofSeconds(10)).until(() -> seen.seqsAfter(before).size() == 1);
		byte[] copy = seen.bodies.get(seen.bodies.size() - 1);

		rabbit.send(teamsExchange, "team." + team + ".chat.message.created",
				MessageBuilder.withBody(copy).setContentType("application/json").build());
		fixtures.post(team, owner, "marker");

		await().atMost(Duration.ofSeconds(10)).until(() -> seen.seqsAfter(before).size() >= 2);
		assertThat(seen.seqsAfter(before)).containsExactly(before + 1, before + 2);
		assertThat(new String(seen.bodies.get(seen.bodies.size() - 1), StandardCharsets.UTF_8)).contains("marker");
	}

	@Test
	void invitationNoticeReachesOnlyTheInvitee() {
		Fixtures.User owner = fixtures.user("owner");
		Fixtures.User invitee = fixtures.user("invitee");
		Fixtures.User bystander = fixtures.user("bystander");
		long team = fixtures.team(owner);
		StompClient.Subscription ownerInbox = connect(owner).subscribe(Destinations.MY_NOTIFICATIONS);
		StompClient.Subscription inviteeInbox = connect(invitee).subscribe(Destinations.MY_NOTIFICATIONS);
		StompClient.Subscription bystanderInbox = connect(bystander).subscribe(Destinations.MY_NOTIFICATIONS);
		for (Fixtures.User user : List.of(owner, invitee, bystander)) {
			awaitNotificationsSubscribed(context, user, 1);
		}

		long invitation = fixtures.invite(team, owner, invitee);
		await().atMost(Duration.ofSeconds(10)).until(() -> inviteeInbox.envelopes.size() == 1);
		JsonNode notice = inviteeInbox.envelopes.get(0);
		assertThat(notice.get("type").asString()).isEqualTo("invitation.received");
		assertThat(notice.get("data").get("id").asLong()).isEqualTo(invitation);
		assertThat(notice.get("data").get("invitee").get("id").asLong()).isEqualTo(invitee.id());

		fixtures.invite(fixtures.team(owner), owner, bystander);
		await().atMost(Duration.ofSeconds(10)).until(() -> bystanderInbox.envelopes.size() == 1);
		assertThat(bystanderInbox.envelopes.get(0).get("data").get("invitee").get("id").asLong())
			.isEqualTo(bystander.id());
		assertThat(inviteeInbox.envelopes).hasSize(1);
		assertThat(ownerInbox.envelopes).isEmpty();

		fixtures.accept(invitee, invitation);
		await().atMost(Duration.ofSeconds(10)).until(() -> ownerInbox.envelopes.size() == 1);
		assertThat(ownerInbox.envelopes.get(0).get("type").asString()).isEqualTo("invitation.accepted");
	}

	@Test
	void negotiatesTenSecondHeartbeats() {
		StompClient.Connection connection = connect(fixtures.user("beating"));

		assertThat(connection.connected.getHeartbeat()).containsExactly(10_000, 10_000);
	}

}
