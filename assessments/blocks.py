"""How authors edit a question's answers in the Wagtail admin: one block per question type, shaped like the spec."""

from wagtail import blocks

from assessments import questions as q

INLINE_FEATURES = ["bold", "italic", "link"]


def _feedback(label="Feedback"):
    return blocks.RichTextBlock(features=INLINE_FEATURES, required=False, label=label)


def _fraction(help_text="1 for a right answer, 0 for wrong; partial credit between."):
    return blocks.FloatBlock(min_value=-1, max_value=1, default=0, help_text=help_text)


class ChoiceBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=INLINE_FEATURES)
    fraction = _fraction(
        "Single choice: 1 for the right answer. Multiple response: right answers add up to 1, "
        "wrong answers are 0 or negative (they subtract)."
    )
    feedback = _feedback()


class SingleChoiceBlock(blocks.StructBlock):
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2)
    shuffle = blocks.BooleanBlock(required=False, default=True, help_text="Shuffle the choices for each learner.")

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners pick one answer from a list of radio buttons."


class MultipleResponseBlock(blocks.StructBlock):
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2)
    scoring = blocks.ChoiceBlock(
        choices=[
            (q.PARTIAL, "Partial credit (wrong choices subtract, never below zero)"),
            (q.ALL_OR_NOTHING, "All or nothing"),
        ],
        default=q.PARTIAL,
    )
    shuffle = blocks.BooleanBlock(required=False, default=True)

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners tick every answer that applies from a list of checkboxes."


class TrueFalseBlock(blocks.StructBlock):
    correct = blocks.BooleanBlock(required=False, help_text="Tick if the statement is true.")
    feedback_true = _feedback("Feedback if they answer 'True'")
    feedback_false = _feedback("Feedback if they answer 'False'")

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners answer whether a statement is true or false."


class TextAnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=255, help_text="An accepted answer. * matches any characters.")
    fraction = blocks.FloatBlock(min_value=0, max_value=1, default=1)
    feedback = _feedback()


class ShortTextBlock(blocks.StructBlock):
    answers = blocks.ListBlock(TextAnswerBlock(), min_num=1)
    case_sensitive = blocks.BooleanBlock(required=False, default=False)
    normalise_whitespace = blocks.BooleanBlock(
        required=False, default=True, help_text="Ignore extra spaces before, after and between words."
    )

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners type a word or short phrase, checked against accepted answers."


class NumericAnswerBlock(blocks.StructBlock):
    value = blocks.FloatBlock()
    tolerance = blocks.FloatBlock(min_value=0, default=0, help_text="Accept answers within this distance.")
    fraction = blocks.FloatBlock(min_value=0, max_value=1, default=1)
    feedback = _feedback()


class NumericBlock(blocks.StructBlock):
    answers = blocks.ListBlock(NumericAnswerBlock(), min_num=1)
    other_feedback = blocks.RichTextBlock(
        features=INLINE_FEATURES,
        required=False,
        label="Feedback for any other answer",
        help_text="Shown when the answer matches none of the answers above.",
    )

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners type a number, accepted within a tolerance you set."


class PairBlock(blocks.StructBlock):
    prompt = blocks.RichTextBlock(features=INLINE_FEATURES)
    answer = blocks.CharBlock(max_length=255)


class MatchingBlock(blocks.StructBlock):
    pairs = blocks.ListBlock(PairBlock(), min_num=2)
    distractors = blocks.ListBlock(
        blocks.CharBlock(max_length=255), required=False, default=[], help_text="Wrong answers offered in every list."
    )

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners choose the matching answer for each prompt from a drop-down list."


class OrderingBlock(blocks.StructBlock):
    items = blocks.ListBlock(blocks.CharBlock(max_length=255), min_num=2, help_text="In the correct order.")
    scoring = blocks.ChoiceBlock(
        choices=[
            (q.PARTIAL, "Partial credit (share of items in the right position)"),
            (q.ALL_OR_NOTHING, "All or nothing"),
        ],
        default=q.PARTIAL,
    )

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners put items into the correct order."


class EssayBlock(blocks.StructBlock):
    word_limit = blocks.IntegerBlock(
        min_value=0, default=0, required=False, help_text="Most words the learner may write. 0 for no limit."
    )
    response_template = blocks.TextBlock(
        required=False, help_text="Optional text the answer box starts with, such as headings to answer under."
    )
    marking_guidance = blocks.RichTextBlock(
        features=INLINE_FEATURES + ["ol", "ul"],
        required=False,
        help_text="Shown to markers only: what a good answer covers and how to award marks.",
    )

    class Meta:
        preview_template = "blocks/preview_description.html"
        description = "Learners write a longer answer in a text box; a person marks it."


ANSWER_BLOCKS = [
    (q.SINGLE_CHOICE, SingleChoiceBlock(label="Single choice")),
    (q.MULTIPLE_RESPONSE, MultipleResponseBlock(label="Multiple response")),
    (q.TRUE_FALSE, TrueFalseBlock(label="True or false")),
    (q.SHORT_TEXT, ShortTextBlock(label="Short text")),
    (q.NUMERIC, NumericBlock(label="Numeric")),
    (q.MATCHING, MatchingBlock(label="Matching")),
    (q.ORDERING, OrderingBlock(label="Ordering")),
    (q.ESSAY, EssayBlock(label="Essay (marked by a person)")),
]
