"""The actor stage: knowledge base and resolution of actor mentions in parsed Docs."""

from eventwire.actors.kb import KnowledgeBase, KnowledgeBaseError
from eventwire.actors.mentions import ActorMention
from eventwire.actors.resolve import mentions_by_token, resolve_actors

__all__ = ["ActorMention", "KnowledgeBase", "KnowledgeBaseError", "mentions_by_token",
           "resolve_actors"]
