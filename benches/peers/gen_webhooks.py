#!/usr/bin/env python3
"""Deterministically (re)generate webhook_1.json and webhook_100.json.

The files written here ARE the benchmark inputs: a benchmark must read the
files byte for byte (compact JSON, UTF-8, no trailing newline) and must not
re-serialize them.  Running this script again reproduces them exactly.
"""
import base64
import hashlib
import hmac
import json
import os
import random

CHANNEL_SECRET = "8f2b4c6d1e3a5f7b9c0d2e4f6a8b1c3d"
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")  # workload files, shared with the Rust benches

rng = random.Random(20261121)
HEX = "0123456789abcdef"
B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32 (ULID alphabet)
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def hexs(n):
    return "".join(rng.choice(HEX) for _ in range(n))


def user_id():
    return "U" + hexs(32)


def group_id():
    return "C" + hexs(32)


def room_id():
    return "R" + hexs(32)


def reply_token():
    return hexs(32)


def ulid():
    return "01J" + "".join(rng.choice(B32) for _ in range(23))


def quote_token():
    return "".join(rng.choice(B64URL) for _ in range(88))


def read_token():
    return "".join(rng.choice(B64URL) for _ in range(43))


def msg_id():
    return str(rng.randrange(10**17, 10**18))


DESTINATION = user_id()
TS0 = 1763722800000  # 2025-11-21T11:00:00Z in ms

TEXTS = [
    ("Hello, world", None, None),
    ("こんにちは！今日の天気はどうですか？", None, None),
    ("@All @example Good Morning!! (love)",
     [{"index": 29, "length": 6, "productId": "5ac1bfd5040ab15980c9b435", "emojiId": "001"}],
     "mention"),
    ("I'd like to book a table for 4 people tomorrow at 7pm, please. "
     "Is there a window seat available?", None, None),
    ("予約をお願いします 🍣🍺 明日の19時に4名です", None, None),
]

KINDS = ["text", "image", "sticker", "follow", "postback", "join",
         "memberJoined", "unsend", "beacon", "videoPlayComplete"]


def base(ev_type, i, source, with_reply=True, redelivery=False):
    ev = {"type": ev_type}
    if with_reply:
        ev["replyToken"] = reply_token()
    ev["mode"] = "active"
    ev["timestamp"] = TS0 + i * 1537
    ev["source"] = source
    ev["webhookEventId"] = ulid()
    ev["deliveryContext"] = {"isRedelivery": redelivery}
    return ev


def msg_source(k):
    r = k % 3
    if r == 0:
        return {"type": "user", "userId": user_id()}
    if r == 1:
        return {"type": "group", "groupId": group_id(), "userId": user_id()}
    return {"type": "room", "roomId": room_id(), "userId": user_id()}


def make_event(i):
    kind = KINDS[i % 10]
    k = i // 10  # 0..9: variant index inside one kind
    if kind == "text":
        src = msg_source(k)
        ev = base("message", i, src)
        text, emojis, mention = TEXTS[k % len(TEXTS)]
        m = {"type": "text", "id": msg_id(), "quoteToken": quote_token(), "text": text}
        if emojis:
            m["emojis"] = emojis
        if mention:
            m["mention"] = {"mentionees": [
                {"index": 0, "length": 4, "type": "all"},
                {"index": 5, "length": 8, "type": "user", "userId": user_id(), "isSelf": False},
            ]}
        if src["type"] == "user":
            m["markAsReadToken"] = read_token()
        ev["message"] = m
    elif kind == "image":
        src = msg_source(k)
        ev = base("message", i, src)
        m = {"type": "image", "id": msg_id(), "quoteToken": quote_token(),
             "contentProvider": {"type": "line"}}
        if k % 2 == 1:
            m["imageSet"] = {"id": hexs(64).upper(), "index": 1 + (k // 2) % 3, "total": 3}
        if src["type"] == "user":
            m["markAsReadToken"] = read_token()
        ev["message"] = m
    elif kind == "sticker":
        src = msg_source(k)
        ev = base("message", i, src)
        if k % 2 == 0:
            m = {"type": "sticker", "id": msg_id(), "quoteToken": quote_token(),
                 "stickerId": "52002738", "packageId": "11537",
                 "stickerResourceType": "ANIMATION",
                 "keywords": ["cony", "sally", "Staring", "hi", "whatsup", "line",
                              "howdy", "HEY", "Peeking", "wave", "peek", "Hello",
                              "yo", "greetings"]}
        else:
            m = {"type": "sticker", "id": msg_id(), "quoteToken": quote_token(),
                 "stickerId": "1988", "packageId": "446",
                 "stickerResourceType": "STATIC",
                 "keywords": ["Happy", "Smile", "Yay"]}
        if src["type"] == "user":
            m["markAsReadToken"] = read_token()
        ev["message"] = m
    elif kind == "follow":
        ev = base("follow", i, {"type": "user", "userId": user_id()})
        ev["follow"] = {"isUnblocked": k % 3 == 0}
    elif kind == "postback":
        ev = base("postback", i, {"type": "user", "userId": user_id()})
        day = 1 + k
        ev["postback"] = {"data": "action=reserve&shopId=%d&seats=%d" % (1000 + k, 2 + k % 4),
                          "params": {"datetime": "2026-12-%02dT19:%02d" % (day, (k * 15) % 60)}}
    elif kind == "join":
        src = ({"type": "group", "groupId": group_id()} if k % 2 == 0
               else {"type": "room", "roomId": room_id()})
        ev = base("join", i, src)
    elif kind == "memberJoined":
        ev = base("memberJoined", i, {"type": "group", "groupId": group_id()})
        ev["joined"] = {"members": [{"type": "user", "userId": user_id()}
                                    for _ in range(1 + k % 3)]}
    elif kind == "unsend":
        ev = base("unsend", i, {"type": "group", "groupId": group_id(), "userId": user_id()},
                  with_reply=False)
        ev["unsend"] = {"messageId": msg_id()}
    elif kind == "beacon":
        ev = base("beacon", i, {"type": "user", "userId": user_id()})
        b = {"hwid": "d41d8cd98f", "type": ["enter", "banner", "stay"][k % 3]}
        if k % 2 == 1:
            b["dm"] = "1234567890abcdef"
        ev["beacon"] = b
    elif kind == "videoPlayComplete":
        ev = base("videoPlayComplete", i, {"type": "user", "userId": user_id()},
                  redelivery=(k == 9))
        ev["videoPlayComplete"] = {"trackingId": "track-id-%03d" % k}
    return ev


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signature(body):
    return base64.b64encode(hmac.new(CHANNEL_SECRET.encode(), body, hashlib.sha256).digest()).decode()


def main():
    events100 = [make_event(i) for i in range(100)]
    # webhook_1: one 1:1 text message event (its own ids, same generator)
    ev1 = base("message", 0, {"type": "user", "userId": user_id()})
    ev1["message"] = {"type": "text", "id": msg_id(), "quoteToken": quote_token(),
                      "text": "Hello, world", "markAsReadToken": read_token()}
    for name, events in (("webhook_1.json", [ev1]), ("webhook_100.json", events100)):
        body = dump({"destination": DESTINATION, "events": events})
        with open(os.path.join(DATA, name), "wb") as f:
            f.write(body)
        print("%s: %d bytes, %d events, X-Line-Signature: %s, sha256: %s" % (
            name, len(body), len(events), signature(body), hashlib.sha256(body).hexdigest()))


if __name__ == "__main__":
    main()
