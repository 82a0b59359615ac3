-- contact.chat-staffing: live chat queues out, shows "online" with nobody there, or breaks with the app.

local reach = lib.reach

local CHAT = { "live chat", "livechat", "web chat", "webchat", "in-app chat", "chat support", "chat with us",
  "chatbot", "chat bot", "online chat", "whatsapp" }

return {
  id = "contact.chat-staffing",
  title = "Live chat queues out or shows 'online' with nobody there",
  category = "customer-contact",
  severity = 3, likelihood = 3,
  rationale = "Chat promises an answer in minutes; at a launch peak agents juggle several chats, queues time out, and a widget that says 'online' out of hours or a bot with pre-launch answers makes it worse.",
  triggers = CHAT,
  channels = { "chat", "live-chat", "livechat", "webchat" },
  wrong = "Chat is the channel customers expect to answer in minutes: at the launch peak the queue times out, agents juggle too many chats and give wrong answers, and out of hours the widget still says 'online' or a bot repeats pre-launch answers.",
  causes = {
    "Chat concurrency (chats per agent) was not limited, so quality drops as the queue grows",
    "The chat widget's hours and 'online' status are not tied to the real staffing rota",
    "The bot's answers and the saved replies were written before the launch details were final",
    "Chat agents are also the phone or email agents and are pulled off at the peak",
  },
  prevent = {
    "Set a maximum of two or three concurrent chats per agent and a queue limit with a message pointing to the FAQ, by T-7d",
    "Tie the widget's availability to the rota and show the real hours and an email fallback when closed",
    "Update the bot flows and saved replies with the final launch details, and test them the day before",
    "Roster named chat agents for launch day who are not also on the phones",
  },
  respond = {
    "Show a banner in the chat and on the site at once when waits are long, with the FAQ link and an email fallback",
    "Switch the bot to hand over to email instead of looping, and add agents from other queues",
    "Answer every chat that timed out by email within one working day",
    "Record chat waits and abandonment against the plan and confirm the staffing rule in writing",
  },
  owner = { "support" },
  due = "T-7d",
  mitigated_by = { "chat rota", "concurrency limit", "chat agents rostered" },
  check = function(plan, doc, hits)
    local live = reach.live(doc, hits)
    if #live == 0 then return nil end
    local t = live[1].text:lower()
    if t == "in-app chat" then
      return {
        evidence = live,
        wrong = "Chat sits inside the app you are changing: if the new version crashes, logs users out or hides the chat button, the channel breaks exactly when customers need it; and at the launch peak the queue times out and agents juggle too many chats.",
        prevent = {
          "Give customers a way to reach support that does not depend on the new app version (web chat, email, status page) and name it in the release notes, by T-7d",
          "Test that chat opens and sends on the new version on iOS and Android, logged in and logged out, before the first rollout stage",
          "Set a maximum of two or three concurrent chats per agent and a queue limit with a message pointing to the FAQ",
          "Tie the chat's availability to the rota and show the real hours and an email fallback when closed",
        },
      }
    end
    if t == "chatbot" or t == "chat bot" then
      return {
        evidence = live,
        wrong = "The chatbot answers launch questions from flows written before the details were final: it quotes old prices or dates, loops when asked something new, and customers screenshot it; behind it, the human queue times out at the peak.",
      }
    end
    return { evidence = live }
  end,
}
