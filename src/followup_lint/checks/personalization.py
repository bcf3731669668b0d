"""Rule `personalization`: a thank-you note should mention something specific from the visit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from followup_lint.checks.base import Check, Hit
from followup_lint.checks.wrong_company import capitalised_common_word

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from followup_lint.annotated import Draft

_OBJECTS = ("dobj", "pobj", "attr", "oprd", "dative", "nsubjpass", "appos")
# A quoted phrase of two words or more: 'your line about "slow is smooth"'.
# The marks must stand outside words: in "I'd fit in well at Tussock, and I'd bring" the
# apostrophes quote nothing.
_QUOTED = re.compile(r"(?<!\w)[\"“”‘’'](\w[^\"“”‘’']*\s[^\"“”‘’']*\w)[\"“”‘’'](?!\w)")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# What may stand before a list item on its line: nothing, a bullet or a number.
_BULLET = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])?\s*")
# Children that only frame a noun (article, owner, praise), not name a part of it.
_FRAME_DEPS = ("det", "poss", "amod", "advmod", "punct", "case", "predet")
# Thanks look back at the visit: 'thank you for the chance to see a working forge'.
_THANKS = frozenset({"thank", "thanks", "grateful", "appreciate", "appreciation", "gratitude"})
# Verbs of the writer serving the employer: 'I can help Hill Country Beverage hit its numbers'.
_SERVING = frozenset({"help", "serve", "support"})
# The employer's people: 'the team at Globex', 'everyone at Globex'.
_STAFF = frozenset({"team", "staff", "everyone", "everybody", "people", "crew", "folks"})
# Words that put a place in the writer's past: 'my previous firm', 'the last two companies'.
_EARLIER = frozenset({"last", "previous", "former", "old", "past", "prior", "earlier"})
# Determiners that point back to something known ('the kiln', 'that plan').
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class Personalization(Check):
    """A noun phrase that belongs to the conversation or the employer (the object of 'you
    described', 'we discussed', 'hearing about'; modified by 'you mentioned'; 'your plan';
    the topic of 'our discussion about') and is specific: a name or number that is not the
    context's, or two content words outside the generic job-search vocabulary."""

    id = "personalization"
    message_keys = frozenset({"missing"})
    needs = frozenset({"parser", "lemmatizer", "ner", "sentences"})

    def setup(self, nlp: Language) -> None:
        self._mulling = self.term_set("mulling-verbs")
        self._generic = self.term_set("generic-words") | self.term_set("virtue-words")
        self._vague = self.term_set("vague-modifiers")
        self._verbs = self.term_set("conversation-verbs")
        self._nouns = self.term_set("conversation-nouns")
        self._others = self.term_set("their-side")
        self._writer = self.term_set("writer-side")
        self._titles = self.term_set("title-nouns")
        self._entities = self.term_set("specific-entities")
        self._numbers = self.term_set("specific-numbers")
        self._conditions = self.term_set("conditions")
        self._companions = self.term_set("companion-prepositions")
        self._reactions = self.term_set("reaction-words")
        self._not_names = self.term_set("not-names")
        self._employing = self.term_set("employing-verbs")
        self._hiring = self.term_set("hiring-verbs")
        self._prospects = self.term_set("prospect-words")
        self._places = self.term_set("place-entities")
        self._qualifications = self.term_set("qualification-nouns")
        self._offers = self.term_set("offering-verbs")
        self._seeking = self.term_set("seeking-verbs")
        self._min_words = int(self.settings["min_specific_words"])

    def run(self, draft: Draft) -> Iterator[Hit]:
        excluded = _context_words(draft) | self._employer_named(draft) | self._title_named(draft)
        for sent in draft.sentences_in(draft.parts.paragraphs):
            if any(self._specific(a, excluded) for a in self._anchors(sent)):
                return
            if self._named_detail(sent, excluded) or self._quoted(sent):
                return
        yield self.hit("missing", draft.first_sentence_range())

    def _employer_named(self, draft: Draft) -> frozenset[str]:
        """Words of a name the note puts in the employer's place ('the O&M Supervisor
        position at Double Mountain Renewables'): the employer, wherever else it is named,
        even when the context lacks the company."""
        found = set()
        for token in draft.doc:
            if token.pos_ == "PROPN" and self._employer_slot(token):
                root = _name_root(token)
                found |= {t.lower_ for t in root.subtree if t.dep_ in ("compound", "amod")}
                found.add(root.lower_)
        return frozenset(found)

    def _title_named(self, draft: Draft) -> frozenset[str]:
        """Words of the job title the note names ('the *Digital Engagement Assistant*
        position'): 'your digital channels' is the job itself, not a detail of the visit."""
        found = set()
        for token in draft.doc:
            if token.lemma_.lower() not in self._titles:
                continue
            for word in reversed(draft.doc[max(token.i - 6, token.sent.start) : token.i]):
                if word.is_punct and word.text in ("*", "_", "'", '"', "“", "”"):
                    continue
                if not word.text[:1].isupper() or word.is_sent_start:
                    break
                found.add(word.lower_)
        return frozenset(found)

    # -- names, figures and quotations anywhere but in the writer's own affairs ------------------
    def _named_detail(self, sent: Span, excluded: frozenset[str]) -> bool:
        """A name or a figure that is not the context's and not part of the writer's own
        story: 'Good luck with the Q3 launch', 'Sipho's point', 'you ship 3,000 orders'."""
        for token in sent:
            if _list_number(token):
                continue  # '2.' opening an item of a numbered list
            if not (self._is_name(token, sent, excluded) or _is_figure(token)):
                continue
            if not self._writers_own(token) and not _blessing(sent):
                return True
        return False

    def _is_name(
        self, token: Token, sent: Span, excluded: frozenset[str], *, anchored: bool = False
    ) -> bool:
        """A name that is a detail. Places count anywhere only as the name of a thing ('the
        Leeds depot'); in a phrase tied to the conversation ('the move to Leeds you
        described') they count as they are."""
        lower = token.lower_
        named = token.pos_ == "PROPN" or (token.ent_type_ and token.is_title)  # 'Sipho's point'
        if token.text.islower():
            return False  # 'en la comunidad': words of another language, not a name
        if not named or lower in excluded or lower.rstrip(".") in self._not_names:
            return False
        if capitalised_common_word(token):
            return False  # 'Suffice to say ...': a common word opening the sentence
        if lower in self._generic or token.ent_type_ in ("DATE", "TIME"):
            return False
        if self._in_proper_title(token) or self._employer_slot(token):
            return False
        if token.ent_type_ != "PERSON" and self._frames_something_generic(token):
            return False  # a person is always a detail: 'Sipho's point'
        if token.ent_type_.lower() in self._places and not anchored:
            return _name_root(token).dep_ in ("compound", "amod", "nmod")
        if token.ent_type_.lower() in self._places and _here_in(_name_root(token)):
            return False  # 'a strong brand here in South Florida': where they are, not what
        if token.ent_type_.lower() in self._entities:
            return True
        return token.i > sent.start and token.is_alpha and len(token) > 1  # untagged names

    def _in_proper_title(self, token: Token) -> bool:
        """A word of a capitalised job title: 'Azure' in 'the Azure Engineer role'; not
        'Lagos' in 'the Lagos office opening'."""
        for head in _modifier_chain(token):
            between = token.doc[token.i + 1 : head.i]
            if any(t.pos_ != "PROPN" and t.text not in ("(", ")") for t in between):
                return False  # brackets inside a title: 'Site Engineer (Infrastructure)'
            if head.lemma_.lower() in self._titles:
                return True
            if head.pos_ != "PROPN":
                return False
        return self._before_title(token) or self._after_title(token)

    def _after_title(self, token: Token) -> bool:
        """A capitalised run named as a title noun's: 'the post of Estates Maintenance
        Supervisor', 'the position of Completions Engineer'."""
        root = _name_root(token)
        prep = root.head
        return (
            root.dep_ == "pobj"
            and prep.lower_ in ("of", "as")
            and prep.head.lemma_.lower() in self._titles
        )

    def _before_title(self, token: Token) -> bool:
        """A capitalised run that ends on a title noun, however parsed: 'the Lecturer in
        Development Economics position', 'the Head of Sales and Marketing role'."""
        for word in token.doc[token.i + 1 : min(token.i + 7, token.sent.end)]:
            if word.lemma_.lower() in self._titles and not word.text[:1].isupper():
                return True
            if word.text in ("(", ")"):
                continue  # 'the Site Engineer (Infrastructure) position'
            if not (word.text[:1].isupper() or word.lower_ in ("in", "of", "and", "&", "for")):
                return False
        return False

    def _frames_something_generic(self, token: Token) -> bool:
        """A name that only places or frames a generic thing says nothing of the visit: 'the
        role in Thunder Bay', 'our Zoom call', 'the interview on Teams', 'your São Paulo
        office'; 'the Kafka rollout' and 'the Tableau dashboards' do."""
        root = _name_root(token)
        head = root.head
        if root.dep_ == "pobj":
            head = head.head
        elif root.dep_ not in ("compound", "amod", "nmod", "poss"):
            return False
        lemma = head.lemma_.lower()
        return lemma in self._generic or lemma in self._titles or head.lower_ in self._generic

    def _employer_slot(self, token: Token) -> bool:
        """A name where the employer belongs ('the receptionist position at
        Pearlview Dental Care', 'to join Globex'): the company's name, right or wrong, is no
        detail of the conversation."""
        root = _name_root(token)
        head = root.head
        if root.dep_ == "dobj":
            if head.lemma_.lower() in _SERVING and root.ent_type_ != "PERSON":
                return any(c.tag_ == "MD" for c in head.children)  # 'I can help X hit'
            return head.lemma_.lower() in self._employing
        if root.dep_ == "nsubj" and root.ent_type_ != "PERSON":
            helper = head.head if head.dep_ in ("ccomp", "xcomp") else None
            if helper is not None and helper.lemma_.lower() in _SERVING:
                return any(c.tag_ == "MD" for c in helper.children)  # 'help X hit its numbers'
            return self._seeks(head)  # 'what Globex is looking for'
        if root.dep_ != "pobj" or head.lower_ not in ("at", "with", "for", "within"):
            return False
        owner = head.head.lemma_.lower()  # 'the position with Globex'; not 'work with Priya'
        if owner in self._titles or (owner in self._employing and head.lower_ != "with"):
            return True
        if owner in _STAFF and head.lower_ == "at":
            return True  # 'to run the O&M team at Double Mountain': the employer's own people
        # 'the position of Completions Engineer at Gulfline Pressure Systems': the title's
        # name, itself in a position's place
        title = head.head
        return title.pos_ == "PROPN" and self._after_title(title)

    def _seeks(self, verb: Token) -> bool:
        """The verb of an employer seeking someone: 'is looking for', 'needs', 'seeks'."""
        lemma = verb.lemma_.lower()
        if lemma not in self._seeking:
            return False
        return lemma != "look" or any(c.lower_ == "for" for c in verb.children)

    def _quoted(self, sent: Span) -> bool:
        """A phrase quoted from the conversation: 'your line about "slow is smooth"'."""
        return _QUOTED.search(sent.text) is not None

    def _writers_own(self, token: Token) -> bool:
        """The detail belongs to the writer's own affairs: 'my work at Globex', 'I have five
        years of SQL', 'I hold an MSc from Leeds'; not 'I was impressed by the Tableau
        dashboards', where the writer only reacts to what they saw."""
        if self._listed_qualification(token) or self._listed_by_writer(token):
            return True
        reacted = offered = False
        for head in (token, *token.ancestors):
            if head.lemma_.lower() in self._reactions:
                reacted = True  # 'my regards to Mrs. Adeyemi', 'looking forward to seeing'
            elif any(c.dep_ == "poss" and c.lower_ in self._writer for c in head.children):
                return True
            if head.pos_ not in ("VERB", "AUX"):
                continue
            reacted = reacted or self._reacts(head)
            subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
            if not subjects:
                # 'glad to send a letter from Reverend Reeves': the writer's offer
                offered = offered or (head.dep_ == "xcomp" and head.lemma_.lower() in self._offers)
                continue  # 'to help with the rollout': the clause above decides
            if not any(c.lower_ in self._writer for c in subjects):
                return False
            return offered or not reacted
        return False

    def _listed_qualification(self, token: Token) -> bool:
        """A name in a verbless item of what the writer brings: 'Good knowledge of Excel,
        Power BI and SAP TM', 'Experience with monthly KPI reports', '22 years Army
        logistics'; not 'your team's knowledge of SAP'."""
        chain = (token, *token.ancestors)
        if any(h.pos_ in ("VERB", "AUX") for h in chain):
            return False
        # the item's head and what modifies it: '22 years Army logistics, the last 8 ...'
        item = (*chain, *(c for c in chain[-1].children if c.dep_ in ("compound", "nmod")))
        return any(
            h.lemma_.lower() in self._qualifications
            and not any(
                c.dep_ == "poss" and c.lower_ not in self._writer and c.lower_ not in _DEGREES
                for c in h.children
            )  # not 'your team's knowledge', but 'a Master's degree'
            for h in item
        )

    def _listed_by_writer(self, token: Token) -> bool:
        """A name in a verbless list item that speaks of no one on the reader's side: '7
        years of backend development, mostly Go and Kotlin', 'fluent Russian and Kazakh':
        the writer's own summary of what they bring; not '- the Kafka migration you
        described', nor 'Good luck with the Q3 launch' inside a paragraph."""
        sent = token.sent
        text = token.doc.text
        line = text[text.rfind("\n", 0, sent.start_char) + 1 : sent.start_char]
        line_start = _BULLET.fullmatch(line) is not None  # '- Lean Six Sigma Green Belt'
        end = sent.start_char + len(sent.text.rstrip())
        if not line_start or text[end : end + 1] not in ("", "\n"):
            return False  # the sentence is not a line of its own
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent):
            return False
        return not any(t.lower_ in self._others for t in sent)

    def _reacts(self, verb: Token) -> bool:
        """The writer perceives, feels or talks: 'I enjoyed', 'I was struck by', 'I am
        excited about', 'I found the case study fascinating', 'I learnt'."""
        words = self._reactions | self._verbs
        if verb.lemma_.lower() in words:
            return True
        return any(
            c.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and c.lemma_.lower() in words
            for c in verb.children
        )

    # -- what belongs to the conversation or the employer ------------------------------------
    def _anchors(self, sent: Span) -> Iterator[Token]:
        """Noun phrases (their head tokens) that the sentence ties to the reader's side."""
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ in ("VERB", "AUX") and self._points_at_the_visit(token):
                prospect = self._writers_prospect(token)
                for thing in self._objects_of(token):
                    if not prospect or _definite(thing):
                        yield thing  # not 'a chance for me to learn a proper trade'
            if token.pos_ == "VERB" and token.lemma_.lower() in self._mulling:
                yield from self._mulled_over(token)
            if self._looked_back_on(token):
                yield token  # 'the run down the decline … was a bonus'
            if token.pos_ in ("NOUN", "PROPN"):
                # 'the audit you described', 'the flow we sketched'; 'the claims you showed
                # me' may come parsed as a clause the noun governs, not a relative one.
                if any(
                    self._reduced_relative(c)
                    and self._their_subject(c)
                    and not self._hypothetical(c)  # 'any documents you may require'
                    for c in token.children
                ):
                    yield token  # 'the audit you described', 'the flow we sketched'
                owners = [c for c in token.children if c.dep_ == "poss" and self._theirs(c)]
                if owners and all(o.lower_ == "our" for o in owners) and self._writers_own(token):
                    owners = []  # 'As a technician at X, I have managed our daily inventory'
                if owners:
                    yield token  # 'your plan to build the list', 'the school's model'
                if lemma in self._nouns:
                    yield from self._objects_of(token)  # 'our discussion about automation'
                if self._companion(token):
                    yield token  # 'tasting the new blend with Priya'

    def _mulled_over(self, verb: Token) -> Iterator[Token]:
        """'I still haven't stopped laughing about the Saturday hygiene block that nobody
        wants to take', 'I keep thinking about the pallet audit': a definite thing of the
        visit the writer keeps turning over - not 'thinking about a career change'."""
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            if prep.lower_ not in ("about", "over", "at", "of"):
                continue
            for thing in (o for o in prep.children if o.dep_ == "pobj"):
                if _definite(thing):  # the writer's own ("my move") is judged by _specific
                    yield thing

    def _looked_back_on(self, subject: Token) -> bool:
        """A definite thing of the visit judged in the past tense: 'the run down the decline
        to look at the new substation was a bonus', 'the tasting at the end was the
        highlight' - not 'my last shift was long' (the writer's own)."""
        verb = subject.head
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or verb.lemma_ != "be":
            return False
        if verb.tag_ != "VBD" or not any(c.dep_ in ("attr", "acomp") for c in verb.children):
            return False
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
            return False
        return not any(t.lower_ in self._writer or t.lower_ in _EARLIER for t in subject.subtree)

    def _writers_prospect(self, verb: Token) -> bool:
        """The writer's own hope or plan ('a real chance for me to learn a trade', 'I hope to
        see new methods'), not the visit: a modal or a wish above the verb, with no thanks
        above it ('Thank you for the chance to see a working forge' looks back) and no
        subject but the writer."""
        chain = (verb, *verb.ancestors)
        if any(node.lemma_.lower() in _THANKS for node in chain):
            return False
        for node in chain:
            subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
            if any(s.lower_ not in self._writer for s in subjects if s.lower_ != "it"):
                return False  # 'you will show me': the reader's side
            if node.lemma_.lower() in self._prospects or any(c.tag_ == "MD" for c in node.children):
                return True
        return False

    def _points_at_the_visit(self, verb: Token) -> bool:
        """Its objects are things of the visit: 'we discussed', 'you showed'; not 'if you
        would like me to come in', a possible future."""
        if verb.lemma_.lower() in self._verbs:
            if any(c.dep_ == "dobj" and c.lower_ in ("myself", "ourselves") for c in verb.children):
                return False  # 'I've always seen myself as a partner': a self-view
            if any(_anyone(c) for c in verb.children if c.dep_ == "nsubj"):
                return False  # 'every child can learn to love books': a belief, no visit
            # 'you walked me through the rota', not 'I walked through the door'
            return verb.lemma_.lower() != "walk" or any(
                c.dep_ == "dobj" or self._theirs(c) for c in verb.children
            )
        negated = any(c.dep_ == "neg" for c in verb.children)  # 'you don't mind me dropping'
        return self._their_subject(verb) and not self._hypothetical(verb) and not negated

    def _objects_of(self, head: Token) -> Iterator[Token]:
        for child in head.children:
            if child.dep_ == "ccomp" and child.i < head.i and self._writers_clause(child):
                continue  # "I'm happy to send the study — they're a bit long": a splice
            if child.dep_ in _OBJECTS or child.dep_ in ("ccomp", "xcomp", "pcomp"):
                yield child
            elif child.dep_ in ("prep", "prt", "advmod"):
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "pcomp", "dobj"):
                        yield grandchild

    def _writers_clause(self, clause: Token) -> bool:
        """A clause whose subject is the writer: 'I'm happy to send …'."""
        return any(c.dep_ in _SUBJECTS and c.lower_ in self._writer for c in clause.children)

    def _companion(self, token: Token) -> bool:
        """A person the writer did something with during the visit ('shadowing the night shift
        with Tomas'), not a colleague from the writer's own past ('my manager Ana', 'I have
        worked with Ana')."""
        if token.ent_type_ != "PERSON" or token.dep_ != "pobj":
            return False
        if token.head.lower_ not in self._companions:
            return False
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.head)
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children):
            return False  # 'I have worked with Ana for years'
        return not any(t.dep_ == "poss" and t.lower_ in self._writer for t in clause.subtree)

    def _hypothetical(self, verb: Token) -> bool:
        """'if you would like me to come in', 'should you need references': not something
        they said or did, but a possible future."""
        return any(
            c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in self._conditions)
            for c in verb.children
        )

    @staticmethod
    def _reduced_relative(clause: Token) -> bool:
        """A clause that describes the noun it hangs on: a relative clause, or a clause
        that starts right after it with no 'that' ('the claims you showed me')."""
        if clause.dep_ == "relcl":
            return True
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or clause.head.i > clause.i:
            return False
        return not any(c.dep_ == "mark" for c in clause.children)

    def _their_subject(self, verb: Token) -> bool:
        """The clause's subject is the reader's side: you, we, your team, the company."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and self._theirs(c) for c in verb.children)

    def _theirs(self, token: Token) -> bool:
        if token.lower_ in ("they", "their") and _people_before(token):
            return False  # 'helping families get the care they need': the families
        if self._writers_past_place(token):
            return False  # 'The last two companies I worked for had hands who …'
        if token.lower_ in self._others or token.lemma_.lower() in self._others:
            return True
        return any(c.dep_ == "poss" and c.lower_ in self._others for c in token.children)

    def _writers_past_place(self, token: Token) -> bool:
        """A place of the writer's own past: 'the companies I worked for', 'my previous
        firm', 'the last team I led'."""
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ in _EARLIER:
                return True
            if child.dep_ == "relcl" and any(
                c.dep_ in _SUBJECTS and c.lower_ in self._writer for c in child.children
            ):
                return True
        return False

    # -- what is specific -------------------------------------------------------------------------
    def _in_title(self, token: Token) -> bool:
        """A word of a job title: 'journeyman plumber' in 'the journeyman plumber position'."""
        return any(t.lemma_.lower() in self._titles for t in _modifier_chain(token))

    def _whole_employer(self, anchor: Token) -> bool:
        """The reader's organisation as a whole, in the employer's place: 'to be considered
        by your esteemed institution', 'to join your prestigious enterprise', 'work at your
        well-regarded workshop' - a noun with only praise around it; 'your neonatal
        transport team' names a part of it."""
        if any(c.dep_ not in _FRAME_DEPS for c in anchor.children):
            return False
        head = anchor.head
        if anchor.dep_ == "dobj":
            return head.lemma_.lower() in self._employing
        if anchor.dep_ != "pobj":
            return False
        verb = head.head.lemma_.lower()
        if head.dep_ == "agent":
            return verb in self._hiring  # 'shortlisted by your reputed firm'
        return head.lower_ in ("at", "for", "with", "within") and verb in self._employing

    def _specific(self, anchor: Token, excluded: frozenset[str]) -> bool:
        if any(c.dep_ == "poss" and c.lower_ in self._writer for c in anchor.children):
            return False  # 'my transcript', 'my experience': the writer's side
        if self._whole_employer(anchor):
            return False
        # 'seeing how you rotate the pickers out': what the reader does, named by its verb
        content = int(self._readers_doing(anchor))
        mine = {  # 'your patience with my nerves': the nerves are the writer's
            t.i
            for owned in anchor.subtree
            if any(c.dep_ == "poss" and c.lower_ in self._writer for c in owned.children)
            for t in owned.subtree
        }
        # a clause joined to the anchor is no part of it ('your welcome …, and I'm happy to
        # share more examples')
        mine |= {
            t.i
            for c in anchor.children
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            for t in c.subtree
        }
        for token in (*anchor.subtree, *_phrase_after(anchor)):
            lower, lemma = token.lower_, token.lemma_.lower()
            if lower in excluded or lemma in excluded or token.i in mine:
                continue
            if (
                token.like_num
                and any(ch.isdigit() for ch in token.text)
                and (
                    token.ent_type_.lower() in self._numbers
                    or (not token.ent_type_ and token.head.pos_ == "PROPN")
                )
            ):
                return True  # '40 percent', 'Highway 7', 'Ward 9B' (not 'two professionals')
            if self._in_title(token):
                continue
            if token.pos_ == "PROPN" and token.ent_type_:
                if self._is_name(token, anchor.sent, excluded, anchored=True):
                    return True
                continue  # 'your São Paulo office': where, not what
            if (
                (token.pos_ in ("NOUN", "PROPN", "ADJ") or token.tag_ == "VBG")
                and token.is_alpha
                and not token.is_stop
                and lemma not in self._generic
                and lower not in self._generic
                and lemma not in self._vague
                and lower not in self._vague
                and lemma not in self._verbs
            ):
                content += 1
                if content >= self._min_words:
                    return True
        return False

    def _readers_doing(self, clause: Token) -> bool:
        """A clause of what the reader's side does, with a verb of its own that says
        something ('how you rotate the pickers'), not 'how you work' or 'what you do'."""
        if clause.pos_ != "VERB" or clause.is_stop or not self._their_subject(clause):
            return False
        lemma = clause.lemma_.lower()
        return lemma not in self._generic and lemma not in self._verbs and lemma not in self._vague


def _here_in(place: Token) -> bool:
    """'here in South Florida', 'out there in Phoenix': a place said as where someone is."""
    prep = place.head
    return (
        place.dep_ == "pobj"
        and prep.lower_ in ("in", "at", "across")
        and prep.head.lower_ in ("here", "there")
    )


def _list_number(token: Token) -> bool:
    """'2.' or '3)' at the start of a line: the number of a list item, not a figure."""
    text = token.doc.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    number = token.text.rstrip(".)")
    if text[line_start : token.idx].strip() or not number.isdigit() or len(number) > 2:
        return False
    return text[token.idx + len(number) : token.idx + len(number) + 1] in (".", ")")


def _anyone(subject: Token) -> bool:
    """A subject that is anyone of a kind: 'every child', 'a new starter', 'any team'."""
    return subject.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("every", "each", "a", "an", "any", "no")
        for c in subject.children
    )


def _blessing(sent: Span) -> bool:
    """A wish put with an opening 'May' ('May Allah reward you for your time', 'May the
    Lord bless you'): the names in it are no detail of the visit."""
    if len(sent) < 3 or sent[0].lower_ != "may" or sent[0].tag_ != "MD":
        return False
    return sent[1].pos_ in ("PROPN", "NOUN", "DET")  # who blesses: Allah, the Lord


def _definite(thing: Token) -> bool:
    """A thing already known to both: 'the kiln rebuild', 'your plan', 'Ward 7', 'more about
    the extension', 'the line running' - not 'a proper trade' or 'new techniques'."""
    nominals = [thing, *(c for c in thing.children if c.dep_ in ("nsubj", "dobj", "pobj"))]
    nominals += [g for c in thing.children if c.dep_ == "prep" for g in c.children]
    for noun in nominals:
        if noun.pos_ == "PROPN" or noun.ent_type_:
            return True
        if any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ in ("poss", "relcl")
            for c in noun.children
        ):
            return True
    return False


def _name_root(token: Token) -> Token:
    """The last word of a name: 'Analytics' in 'Globex Analytics'."""
    while token.head.pos_ == "PROPN" and token.head.i != token.i:
        if token.dep_ in ("compound", "flat"):
            token = token.head
        elif token.dep_ == "conj" and any(c.text == "&" for c in token.head.children):
            token = token.head  # 'Harrow & Vance': one name
        else:
            break
    return token


def _is_figure(token: Token) -> bool:
    """A figure written in digits that is not a date or a time: '3,000 orders', '40%'."""
    if token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    return token.like_num and any(ch.isdigit() for ch in token.text)


def _modifier_chain(token: Token) -> Iterator[Token]:
    """The nouns a modifier belongs to: 'plumber' -> 'position' in 'the plumber position'."""
    while token.dep_ in ("compound", "amod", "nmod", "nummod") and token.head.i != token.i:
        token = token.head
        yield token


def _context_words(draft: Draft) -> frozenset[str]:
    """Words of the interviewers' and sender's names, the company and the position."""
    context = draft.context
    names = [*context.interviewers, context.company or "", context.position or ""]
    if context.sender:
        names.append(context.sender)
    words = {w.strip(".,&'’()").lower() for n in names for w in n.split() if w}
    return frozenset(  # 'Children's Trust' is also 'Children', 'Hospitals' also 'hospital'
        form
        for w in words
        for form in (w, w.removesuffix("'s").removesuffix("’s"), w.removesuffix("s"))
        if form
    )


# Degrees named with a possessive: 'a Master's degree', 'my Bachelor's in Law'.
_DEGREES = frozenset({"master", "masters", "bachelor", "bachelors", "doctor", "associate"})


def _people_before(pronoun: Token) -> bool:
    """A plural noun earlier in the pronoun's sentence that 'they' can stand for ('helping
    families get the care they need'), which is not the reader's side; not the noun the
    pronoun's own clause describes ('the pilots they ran')."""
    described = {a.i for a in pronoun.ancestors}
    return any(
        t.tag_ == "NNS" and t.pos_ == "NOUN" and t.ent_type_ == "" and t.i not in described
        for t in pronoun.sent
        if t.i < pronoun.i
    )


def _phrase_after(thing: Token) -> list[Token]:
    """A phrase right after an object that the parse hung on the verb instead ('to see the
    chicory behind the yards': 'behind the yards' is the chicory's)."""
    if thing.dep_ != "dobj":
        return []
    after = thing.right_edge.i + 1
    for prep in thing.head.children:
        if prep.dep_ == "prep" and prep.i == after:
            return list(prep.subtree)
    return []
