"""The answer engine, as a user of `parity ask` or `/ask` sees it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import formatting
from knowledge.engine import DONT_KNOW, NOT_A_FIGURE, KnowledgeBase
from knowledge.english import WORDS, common_words
from knowledge.matching import _sorted_in_pieces, find_entities, normalise
from knowledge.models import Answer, Edition

sys.path.insert(0, str(Path(__file__).parents[2]))
from bench.questions import OUT_OF_SCOPE


async def answers_with(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    """The question is answered, and the figure given first is that fact's."""
    answer = await kb.answer(question)
    assert answer.answered, answer.text
    assert answer.facts[0].id == fact_id, answer.text


async def test_gap_answer_has_figure_unit_period_change_and_source(kb: KnowledgeBase) -> None:
    answer = await kb.answer("What is the US-China gap on MMLU?")
    assert answer.answered
    fact = answer.facts[0]
    assert (fact.id, fact.value, fact.unit, fact.period) == (
        "gap-mmlu-us-china",
        0.3,
        "percentage points",
        "end of 2024",
    )
    assert fact.edition is Edition.AI_INDEX_2025
    assert "0.3 percentage points (end of 2024)" in answer.text
    assert "17.5 → 0.3" in answer.text
    assert "Source: AI Index 2025, Ch.2 Technical Performance — https://hai.stanford.edu/" in answer.text
    assert "newest edition" in answer.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("US China gap coding", "gap-humaneval-us-china"),
        ("how far behind is the PRC on general knowledge", "gap-mmlu-us-china"),
        ("multimodal gap between American and Chinese models", "gap-mmmu-us-china"),
        ("us china math gap", "gap-math-us-china"),
        ("mmlu gpa", "gap-mmlu-us-china"),
        ("/gap humaneval", "gap-humaneval-us-china"),
        ("gap-mmlu-us-china", "gap-mmlu-us-china"),
    ],
)
async def test_synonyms_typos_and_slash_forms(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("How much private AI investment did Chinna get in 2024?", "inv-china-private-2024"),
        ("How much did Gemini Ultra cost to trian, AI Index 2025?", "cost-training-gemini-ultra-2025ed"),
        ("How fast did AI adoption grow in Greter China?", "adoption-greater-china-growth"),
        ("how many industrail robots did china instal in 2023", "robots-china-installs-2023"),
        ("Wheer do new North American AI PhDs go?", "talent-ai-phd-industry-2022"),
        # Equally near spellings: the one facts use more ("chian" is China, not "chain").
        ("How much private AI investment did Chian get in 2024?", "inv-china-private-2024"),
        ("private ai investment in chia 2024", "inv-china-private-2024"),
        # An ordinary English word is not a typo ("picked" is not "priced"), and a typo of one is still fixed.
        (
            "What fraction of Singapore's whole population had picked up AI tools in the second half of 2025, "
            "according to the 2026 AI Index?",
            "adoption-country-singapore",
        ),
        ("how many ai projects were on github in 2024? saw some crazy numbr on twitter", "research-github-projects"),
    ],
)
async def test_typos_in_places_words_and_question_words(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


async def test_no_year_means_newest_edition_and_says_so(kb: KnowledgeBase) -> None:
    answer = await kb.answer("private AI investment in the US")
    assert answer.answered
    assert answer.facts[0].edition is Edition.AI_INDEX_2026
    assert answer.facts[0].value == 285.9
    assert "From the AI Index 2026, the newest edition with this figure." in answer.text
    assert "The AI Index 2025 reported $109.1 billion (2024)." in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("US private AI investment in 2024", 109.1),
        ("US private AI investment in 2023", 67.2),
        ("US private AI investment according to the AI Index 2025", 109.1),
        ("How many AI incidents were reported in 2025?", 362),
        ("How many AI incidents were reported in 2023?", 123),
    ],
)
async def test_a_year_or_edition_in_the_question_is_honoured(kb: KnowledgeBase, question: str, value: float) -> None:
    answer = await kb.answer(question)
    assert answer.answered, answer.text
    assert answer.facts[0].value == value


async def test_a_series_point_is_answered_for_its_year(kb: KnowledgeBase) -> None:
    answer = await kb.answer("US-China gap on MMLU at the end of 2023")
    assert answer.answered
    assert (answer.facts[0].value, answer.facts[0].period) == (17.5, "end of 2023")


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
async def test_out_of_scope_questions_are_refused(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert not answer.answered, f"{question!r} answered with {answer.facts[0].id}"
    assert answer.facts == ()


async def test_never_answers_for_another_country(kb: KnowledgeBase) -> None:
    answer = await kb.answer("How much private AI investment did Brazil get in 2024?")
    assert not answer.answered
    assert answer.text.startswith("I don't have a sourced figure for that (Brazil; 2024).")


async def test_a_fact_that_only_mentions_the_country_asked_does_not_answer(kb: KnowledgeBase) -> None:
    # The South Korea installations fact names Germany in passing; its figure is Korea's.
    answer = await kb.answer("How many robots did Germany install in 2024?")
    assert not answer.answered
    assert all(s.id != "robots-germany" for s in answer.suggestions)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Which country is most optimistic about AI?", "po-optimism-china"),
        ("Which country produced the most notable AI models in 2024?", "models-notable-us-2024"),
        ("Which country is least optimistic about AI?", "po-optimism-netherlands"),
        # The all-states total is a group, not a state: the answer is the state that led.
        ("Which state passed the most AI laws in 2024?", "policy-california-laws-2024"),
        ("Which US state has the most AI laws in 2024?", "policy-california-laws-2024"),
        # Other places in the ranking, and places left out of it.
        ("Which country ranks second for AI optimism?", "po-optimism-indonesia"),
        # A superlative next to "country" asks "which" without saying it.
        ("hey parity, least ai-optimistic country??", "po-optimism-netherlands"),
        ("Which country is the most optimistic about AI apart from China?", "po-optimism-indonesia"),
        # Next to "model": each model's cost is from its own year, so the ranking is across all of them.
        ("Most expensive model to train?", "cost-training-gemini-ultra-2025ed"),
    ],
)
async def test_which_country_the_most_picks_the_extreme(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "Which company / lab": an organisation's figure, not a country's.
        ("Which AI lab put out the most notable models in 2025?", "models-top-orgs-2025"),
        ("which firm has the best model on the arena leaderboard?", "arena-provider-scores-2026"),
        # "How many X": the sibling that counts X.
        ("How many AI-related regulations came from US federal agencies in 2024?", "policy-us-federal-regs-2024"),
        ("How many US federal agencies issued AI regulations in 2024?", "policy-us-federal-agencies-2024"),
        # "What share": the percentage, not the count it is a share of.
        (
            "What percentage of all industrial robots installed worldwide went to China in 2024?",
            "robots-china-share-2024",
        ),
        ("How many industrial robots did China install in 2024?", "robots-china-installs-2024"),
        # A range of years asks for the figure over that range.
        ("How much private AI money went to the UK from 2013 to 2024?", "inv-uk-cumulative"),
        ("UK private AI investment 2024", "inv-uk-private-2024"),
        # A model's name is one word: GPT-3 is not GPT-4, and each model's emissions are their own series.
        ("What were GPT-3's training emissions?", "energy-co2-gpt3"),
        ("gpt-4 training co2", "energy-co2-gpt4"),
        # The survey's "Greater China" is what someone asking about China means.
        ("What share of Chinese companies use generative AI?", "adoption-genai-by-region"),
    ],
)
async def test_what_the_question_asks_for_picks_among_siblings(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


async def test_no_place_named_prefers_the_global_figure(kb: KnowledgeBase) -> None:
    answer = await kb.answer("What share of organizations used AI in 2024?")
    assert answer.answered
    assert answer.facts[0].id == "adoption-orgs-2024"


async def test_how_many_times_more_is_a_ratio_not_a_running_total(kb: KnowledgeBase) -> None:
    answer = await kb.answer("How many times more does the US invest in AI than China?")
    assert answer.answered
    assert "cumulative" not in answer.facts[0].metric
    assert "≈ 23.1×" in answer.text or answer.facts[0].metric == "private-investment.ratio.us-china"


async def test_comparison_gives_both_figures_and_the_working(kb: KnowledgeBase) -> None:
    answer = await kb.answer("US vs China private investment 2025")
    assert answer.answered
    assert [f.id for f in answer.facts] == ["inv-us-private-2025", "inv-china-private-2025"]
    assert answer.comparison is not None
    assert answer.comparison.difference == pytest.approx(273.5)
    assert answer.comparison.ratio == pytest.approx(285.9 / 12.4)
    assert "285.9 − 12.4 = 273.5 USD billions" in answer.text
    assert "285.9 ÷ 12.4 ≈ 23.1×" in answer.text


async def test_comparison_of_robot_installations(kb: KnowledgeBase) -> None:
    answer = await kb.answer("how many times more industrial robots does China install than the US in 2023")
    assert answer.answered
    values = {f.id: f.value for f in answer.facts}
    assert values.get("robots-china-installs-2023") == 276300 or values.get("robots-china-vs-us") == 7.3


async def test_comparison_refuses_different_periods(kb: KnowledgeBase) -> None:
    # Korea's installations are known for 2024 only; Japan's are not in the knowledge base at all.
    answer = await kb.answer("US vs South Korea industrial robot installations in 2023")
    assert not answer.answered


BAD_INPUTS = [
    "",
    "   ",
    "x" * 10_000,
    "\x00\x01\x02 mmlu \x7f",
    "m\u200bm\u200bl\u200bu gap",
    '"',
    '" OR 1=1 --',
    "mmlu AND NEAR(china, us) *",
    "label: china*",
    "'; DROP TABLE facts; --",
    "@everyone @here <@123456789> mmlu",
    "🤖🇨🇳🇺🇸 robots?",
    "**bold** __mmlu__ `gap` ||spoiler||",
    "\u202eugml\u202c",
    "ｍｍｌｕ　ｇａｐ",
]


@pytest.mark.parametrize("question", BAD_INPUTS)
async def test_bad_input_never_crashes_and_gives_a_valid_answer(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert isinstance(answer, Answer)
    assert Answer.model_validate_json(answer.model_dump_json()) == answer
    assert answer.text


async def test_empty_and_overlong_questions_get_friendly_refusals(kb: KnowledgeBase) -> None:
    assert (await kb.answer("")).text.startswith("Ask me about a figure")
    long = await kb.answer("x" * 10_000)
    assert not long.answered
    assert "10,000 characters" in long.text


async def test_nothing_a_user_types_changes_stored_data(kb: KnowledgeBase) -> None:
    before = await kb.store.list_facts()
    for question in BAD_INPUTS:
        await kb.answer(question)
        await kb.complete(question)
    assert await kb.store.list_facts() == before
    assert await kb.store.get_kb_version() == kb.version


async def test_unsure_offers_at_most_three_suggestions(kb: KnowledgeBase) -> None:
    answer = await kb.answer("robots")
    if not answer.answered:
        assert 1 <= len(answer.suggestions) <= 3
        assert "Did you mean" in answer.text


async def test_refusal_text(kb: KnowledgeBase) -> None:
    answer = await kb.answer("How tall is the Eiffel Tower?")
    assert answer.text == DONT_KNOW


@pytest.mark.parametrize(
    "question",
    [
        "Who founded Anthropic?",
        "Who wrote Pride and Prejudice?",
        "best model for coding rn?",
        "give me 5 startup ideas using ai agents",
        "best ai coding assistant to use",
        "Should my small firm start using generative AI?",
        "What exactly is meant by the term 'foundation model'?",
        "what even is a foundation model? explain like im 5",
        "wat is a large langauge model exactly lol",
        "Which AI startup will be the next to go public?",
        "What is a token in LLM terms?",
        "What's the population of Singapore right now?",  # general knowledge, not an AI Index figure
        "what's 17% of 340?",
        "how does Chatbot Arena actually calculate its elo ratings?",
        "can you tell me what my startup needs to do to comply with the EU AI Act?",
        "What does 'H100-equivalent' mean exactly?",
        "r open source models gonna overtake closed ones next year?",  # a forecast
        "should ai be a required subject in schools like in china? thoughts",  # an opinion
        "is it ethical for doctors to use ai scribes without telling patients?",
        "parity does ai make YOU nervous lol",
        "is trump gonna scrap all the federal ai regs this year or nah",
        "will the top 4 labs be within 10 elo of each other by end of 2026? wat does the index predict",
    ],
)
async def test_a_question_asking_no_figure_is_told_so_without_unrelated_choices(
    kb: KnowledgeBase, question: str
) -> None:
    answer = await kb.answer(question)
    assert not answer.answered
    assert answer.suggestions == ()
    assert answer.text == NOT_A_FIGURE


async def test_a_forecast_beside_a_figure_asked_still_gets_the_figure(kb: KnowledgeBase) -> None:
    answer = await kb.answer("Will China overtake the US? How big was the gap on MMLU at the end of 2024?")
    assert answer.answered and answer.facts[0].id == "gap-mmlu-us-china"


async def test_autocomplete_is_capped_and_relevant(kb: KnowledgeBase) -> None:
    choices = await kb.complete("mml")
    assert 1 <= len(choices) <= 25
    assert "gap-mmlu-us-china" in [c.id for c in choices[:3]]
    assert len(await kb.complete("")) == 25


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.text(max_size=600))
async def test_any_text_yields_a_valid_answer(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert Answer.model_validate_json(answer.model_dump_json()) == answer
    if answer.answered:
        assert answer.facts and all(f.source_url.startswith("https://") for f in answer.facts)
        assert "Source:" in answer.text
    assert len(answer.suggestions) <= 3


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(
        st.sampled_from(
            [
                "mmlu",
                "china",
                "us",
                "gap",
                "robots",
                "2024",
                "AND",
                "NEAR(",
                '"',
                "*",
                "investment",
                "private",
                "vs",
                "OR",
                "-",
                ":",
            ]
        ),
        max_size=12,
    )
)
async def test_keyword_soup_never_breaks_full_text_search(kb: KnowledgeBase, words: list[str]) -> None:
    answer = await kb.answer(" ".join(words))
    assert isinstance(answer, Answer)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("what share of us high schools offer computer science", ["US"]),
        ("for us companies how much was invested", ["US"]),
        ("private ai investment in us", ["US"]),
        ("is ai good for us", []),
        ("what does the report say about us?", []),
        ("tell us about china", ["China"]),
        ("give us the latest figure", []),
    ],
)
def test_lower_case_us_is_the_country_unless_it_is_the_pronoun(text: str, places: list[str]) -> None:
    assert find_entities(text)[0] == places


async def test_a_gap_asked_in_arena_points_is_the_points_and_in_percent_the_percent(kb: KnowledgeBase) -> None:
    points = await kb.answer("How many Arena points separated the best closed and open-weight models in March 2026?")
    assert points.answered and points.facts[0].id == "gap-open-closed-2026-points"
    assert "49 Arena (Elo-style) points" in points.text and "174 → 49" in points.text
    percent = await kb.answer(
        "How far behind closed models were open-weight models on Arena in March 2026, in percent?"
    )
    assert percent.answered and percent.facts[0].id == "gap-open-closed-2026"


async def test_a_place_said_to_rank_behind_another_is_the_one_asked(kb: KnowledgeBase) -> None:
    answer = await kb.answer(
        "A friend says South Korea came second in the world for notable AI model releases in the 2026 AI Index, right "
        "behind the US. Is that correct? What rank did it get?"
    )
    assert answer.answered and answer.facts[0].id == "models-korea-rank-2025"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("china's share of patent *applications*", "china's share of patent applications"),
        ("**bold**, __underlined__ and `code`", "bold, underlined and code"),
        ("robots installed in ~~2024~~ 2023", "robots installed in 2023"),  # struck out: taken back
        ("gap_mmlu_us, 5*3 and ~$100M", "gap_mmlu_us, 5*3 and ~$100m"),  # no emphasis here
    ],
)
def test_discord_markdown_emphasis_is_read_as_the_words(text: str, read: str) -> None:
    assert normalise(text) == read


async def test_a_word_in_italics_still_names_its_measure(kb: KnowledgeBase) -> None:
    answer = await kb.answer("whats china's share of ai patent *applications* filed in 2024? not grants")
    assert not answer.answered  # the shares Parity has are of patents granted


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # An edition ruled out ("not the 2024 edition") is not the one asked.
        (
            "What did Gemini 1.0 Ultra cost to train per the 2024 AI Index, not the 2025 AI Index?",
            "cost-training-gemini-ultra-2024ed",
        ),
        (
            "Gemini 1.0 Ultra's training cost in the 2025 edition (not the 2024 edition)?",
            "cost-training-gemini-ultra-2025ed",
        ),
        # Words describing an edition once named are not what is asked of it.
        (
            "What was the page count of the seventh edition of the AI Index, the one released in April 2024 and "
            "covering calendar year 2023?",
            "meta-pages-2024",
        ),
        (
            "On what exact date did Stanford HAI publish the eighth edition of the AI Index, the one covering "
            "calendar year 2024?",
            "meta-release-date-2025",
        ),
        # A part named as one of a whole still asks the whole.
        (
            "What was the total of AI investment by companies worldwide (private, M&A, minority stakes and so on) in "
            "2023?",
            "inv-corporate-2023",
        ),
        (
            "How many papers on things like fairness, privacy and safety (the responsible-AI kind) got accepted at the "
            "leading AI conferences in 2024?",
            "rai-papers-2024",
        ),
        # A count is never a rank, "where did it place?" prefers the rank, a figure ruled out by name is not answered.
        ("South Korea came third in notable AI models in 2025 - how many did it produce?", "models-notable-korea-2025"),
        (
            "Where did South Korea place globally for notable AI model releases in 2025, after the US and China?",
            "models-korea-rank-2025",
        ),
        (
            "What was total global private AI investment in 2024 in dollars (not the corporate total, just private)?",
            "inv-global-private-2024",
        ),
        # How much the number of newly funded companies grew asks their count, not the money they raised.
        ("By how much did the number of AI companies receiving fresh funding grow in 2023?", "inv-newly-funded-2023"),
        # "Second to the US" is the first of the rest.
        ("Which country came second to the US in notable AI models in 2025?", "models-notable-china-2025"),
        ("Which country is second to the US for private AI investment in 2025?", "inv-china-private-2025"),
        # Several fields of science listed are natural science as a whole.
        (
            "how many ai-related papers in physics, chemistry, biology etc. were published in 2025?",
            "sm-science-pubs-2025",
        ),
        # A region gets its own figure (Asia-Pacific, North America).
        ("asia pacific vs north america ai patents 2023", "patents-east-asia-share"),
        ("so how many data residency rules does asia pacific have", "policy-data-localization"),
        ("How many data localization measures does North America have?", "policy-data-localization-north-america"),
        (
            "I saw that North America had adopted 77 data-localization measures through 2024. Is that right?",
            "policy-data-localization-north-america",
        ),
        # A claim checked, or a survey asked, is no opinion; a claim read sets no band on the figure; "such" laws are
        # those the claim named.
        (
            "Is it right that 81% of CS teachers think AI should be part of foundational CS ed?",
            "edu-teachers-ai-foundational",
        ),
        ("Should AI be part of foundational CS education, according to teachers?", "edu-teachers-ai-foundational"),
        ("I read that the 2025 AI Index is over 500 pages long. Is that right?", "meta-pages-2025"),
        (
            "My colleague thinks there are 24 US state laws against AI-generated intimate-image deepfakes. How many "
            "such state-level laws does the 2025 AI Index count?",
            "policy-intimate-deepfake-laws",
        ),
        # A year only in a claim before the question is the claim's: the edition asked decides.
        (
            "A blog notes that GPT-4 Medprompt reached 90.2% on MedQA in 2023. What MedQA score did OpenAI's o1 "
            "reach, according to the 2025 AI Index?",
            "bench-medqa-o1",
        ),
        (
            "My professor mentioned that Europe and Central Asia went from 3 state-backed AI supercomputing clusters "
            "in 2018 to 44. How many does China, the leader, have according to the 2026 AI Index?",
            "policy-supercomputers-china",
        ),
        # A model named in a claim before a question about the top is the claim checked, not what is asked.
        (
            "A news article says hallucination rates on the AA-Omniscience benchmark vary hugely, with Grok 4.20 Beta "
            "lowest at 22%. What was the highest hallucination rate among the 26 top models tested, per the 2026 AI "
            "Index?",
            "rai-hallucination-range",
        ),
        (
            "A blog claims OpenAI o3's 71.7% is still the best result on SWE-bench Verified. What was the best raw "
            "SWE-bench Verified score as of February 2026, according to the 2026 AI Index?",
            "bench-swebench-top-2026",
        ),
        # A factor asked is the fold reduction, not the price it came down to.
        (
            "By what factor did the price of inference for a model scoring at GPT-3.5's MMLU level (64.8) fall between "
            "November 2022 and October 2024?",
            "cost-inference-280x",
        ),
        # The edition named in the sentence that asks, not the one a claim before it cites.
        (
            "A podcast citing the 2024 AI Index claimed that querying a GPT-3.5-level model became about 28 times "
            "cheaper. By what factor did that price fall between November 2022 and October 2024, according to the AI "
            "Index 2025?",
            "cost-inference-280x",
        ),
        # Who is asking is not a question about a person: "I'm the founder of …".
        (
            "I'm the founder of a small data-labelling startup and I'm trying to understand future demand for training "
            "data. According to the AI Index, roughly how many months does it take for the size of LLM training "
            "datasets to double?",
            "compute-dataset-doubling",
        ),
        # A fraction in a claim is no rank; a share of respondents asked is a share.
        (
            "An education report notes that only about a third of countries offered K-12 computer science back in "
            "2019. What share of countries offer or plan to offer K-12 computer science education according to the "
            "2025 AI Index?",
            "edu-k12-cs-countries",
        ),
        (
            "In the University of Toronto survey which AI Index 2024 is citing, how many percent of respondents was "
            "aware about ChatGPT?",
            "po-chatgpt-awareness",
        ),
        # Places named before a question counting countries are examples of those counted.
        (
            "My professor said India and France have both launched AI safety institutes. According to the 2026 AI "
            "Index, in how many countries are state-backed AI safety or security institutes fully operational?",
            "policy-ai-safety-institutes",
        ),
        # A measure only a claim names, before "which … the most?", is the candidate checked.
        (
            "A colleague thinks generative-AI chatbots were the top-funded AI focus area in 2024. Which focus area "
            "actually drew the most private AI investment in 2024 per the 2025 AI Index, and how much did it raise?",
            "inv-focus-infrastructure",
        ),
        # The breakdown asked, on the topic of the fact that gives it.
        ("What share of elementary school CS teachers feel equipped to teach AI?", "edu-teachers-equipped"),
        # A change or another measure ruled out by name ("not the change since 2022", "not dataset size").
        (
            "what % of americans think ai products do more good than harm? the 2024 ipsos number in the 2025 report, "
            "not the chnage since 2022",
            "po-optimism-us",
        ),
        (
            "training compute for notable models doubles every how many months? (2025 index) not dataset size, "
            "compute. my prof says 6 but idk",
            "compute-training-doubling",
        ),
        # "That thing" is what the sentence before named.
        (
            "saudi's project transcendence... how many billion $ is that thing suposed to be? sounds like a video game "
            "name lmao",
            "policy-saudi-transcendence",
        ),
        # "Publication date" asks when an edition came out, not about publications.
        ("Publication date of the 2024 AI Index?", "meta-release-date-2024"),
        # A claim about one model, then a question about another; bills proposed, then how many of them passed.
        (
            "A climate blog says training Meta's Llama 3.1 405B emitted about 8,930 tonnes of CO2. What is the AI "
            "Index's estimate of GPT-4's training emissions?",
            "energy-co2-gpt4",
        ),
        (
            "A Substack says about 221 AI-related bills were proposed in the US Congress in 2024. How many of them "
            "were passed, per the 2025 AI Index?",
            "policy-congress-passed-2024",
        ),
        # Percent asked, Elo points ruled out.
        (
            "as of march 2026 how far ahead was the top US model over the top chinese one on arena? % not elo pts",
            "gap-arena-us-china-2026",
        ),
        # Chat spellings.
        ("wat % of the worlds countries taught computer sci in 2025? rn im curious", "edu-countries-teaching-cs"),
        # Both chambers named are Congress.
        ("How many AI bills were introduced in the House and Senate in 2024?", "policy-congress-bills-2024"),
        # "Not only mandatory": the whole, which the fact gives beside the compulsory part.
        (
            "According to the 2026 AI Index, what percentage of the world's countries taught computer science in 2025 "
            "(any provision, not only mandatory)?",
            "edu-countries-teaching-cs",
        ),
        # A place that describes a claim's source is not asked about.
        (
            "A Gulf business site said Saudi Arabia's Project Transcendence was announced in 2023 as a $40 billion "
            "fund. How large is Project Transcendence according to the 2025 AI Index?",
            "policy-saudi-transcendence",
        ),
        # The asker's own contest is not the benchmark asked about.
        (
            "I coach a math olympiad club in Vietnam. At the end of 2024, by how many percentage points did the best "
            "US model lead the best Chinese model on the MATH benchmark, per the AI Index 2025?",
            "gap-math-us-china",
        ),
        # A rank asked with words between "what" and "rank".
        (
            "What was South Korea's global rank by number of notable AI models released in 2025, according to the "
            "2026 AI Index?",
            "models-korea-rank-2025",
        ),
        # "Not only generative AI" asks beyond it: any AI use.
        (
            "What percentage of organizations in North America reported using AI (any AI, not only generative AI) in "
            "2024?",
            "adoption-north-america",
        ),
        # Private funding is the money, not how many companies got some, nor all corporate investment.
        ("What was the worldwide total of private funding for AI companies in 2024?", "inv-global-private-2024"),
        # "The 2025 one" beside the 2024 edition asked is another edition, not a year.
        (
            "@Parity how much did gpt-4 cost to train acc to the **2024** ai index? i know the 2025 one is "
            "slighly diff",
            "cost-training-gpt4-2024ed",
        ),
        (
            "gpt-4 training cost estimate from the 2024 ai index specificaly? not the revised 2025 one",
            "cost-training-gpt4-2024ed",
        ),
        # A maker named only in what is ruled out is not asked about.
        ("what did o1 score on MMMU in 2024 (2025 ai index)? not the newer gemini scroe", "bench-mmmu-o1"),
        # A share ruled out for the gain in it.
        (
            "per the 2025 ai index, how many percentage points did swe-bench scores jump in like the year after it "
            "came out? not the % solved, the gain",
            "bench-swebench-gain",
        ),
        # "It" after the place the question names is that place, not the one in the claim before.
        (
            "A bank research note lists France's €109 billion AI pledge among the big national commitments. How much "
            "did India pledge through the IndiaAI Mission it launched in March 2024, according to the AI Index?",
            "policy-india-investment",
        ),
        # A model named in a claim before a question about the top score is the claim checked.
        (
            "A Hacker News comment notes that o1 topped MMMU at 78.2% back in 2024. What top MMMU score did the AI "
            "Index 2026 report for February 2026?",
            "bench-mmmu-2026",
        ),
        # The place the asker works in is not asked about; "by how many times" asks the factor, not the price.
        (
            "I maintain an open-source library in Brazil and want some context for a conference talk. About how many "
            "AI-related GitHub projects were there in 2025, according to the 2026 AI Index?",
            "research-github-projects-2025",
        ),
        (
            "I'm a computer science lecturer in Turkey showing my students how fast coding benchmarks saturate. By how "
            "many percentage points did SWE-bench results improve within about a year of its introduction, per the "
            "2025 AI Index?",
            "bench-swebench-gain",
        ),
        (
            "I'm a product manager in Singapore building a business case around falling AI prices. By how many times "
            "did the price of querying a GPT-3.5-level model fall between November 2022 and October 2024?",
            "cost-inference-280x",
        ),
        # A leaderboard's gap ruled out is that leaderboard, not every gap.
        (
            "ok but on MMLU how far ahead were closed models vs open-weight ones at the end of 2024? percentage "
            "points, not the arena gap",
            "gap-open-closed-mmlu",
        ),
        # The span the question asks, not the one in the claim before it.
        (
            "A newsletter said AI master's graduates in the US rose 17% from 2023 to 2024. By what percentage did "
            "undergraduate computer science enrollment at US four-year universities change between 2024 and 2025?",
            "edu-cs-enrollment-2025",
        ),
    ],
)
async def test_the_fact_asked_among_its_siblings(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


async def test_a_chapter_named_is_where_to_look_not_a_measure(kb: KnowledgeBase) -> None:
    answer = await kb.answer(
        "How many billion parameters does EvolutionaryScale's ESM3 protein language model have, as reported in the "
        "2025 AI Index science and medicine chapter?"
    )
    assert answer.answered and answer.facts[0].id == "sm-esm3"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "In millions of US dollars, what training cost does the 2025 edition (not the 2024 edition) estimate for "
            "Google's Gemini 1.0 Ultra?",
            "cost-training-gemini-ultra-2025ed",
        ),
        ("How many US dollars per million output tokens did o1 cost, compared with GPT-4o?", "cost-o1-pricing"),
    ],
)
async def test_us_dollars_is_a_unit_not_a_place(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    answer = await kb.answer(question)
    assert answer.answered and answer.facts[0].id == fact_id
    assert "US" not in kb.matcher.parse(question).entities


@pytest.mark.parametrize(
    ("question", "places", "benchmarks"),
    [
        ("which company dropped the most AI models in 2025 and how many was it fr", (), frozenset()),
        ("fr ai optimism change 2022 vs 2024?", ("France",), frozenset()),
        ("citations matter more than paper counts imo. what share did china get?", ("China",), frozenset()),
        ("what did openai's model score at the 2025 imo?", ("OpenAI",), frozenset({"imo"})),
    ],
)
def test_chat_abbreviations_are_not_places_or_benchmarks(
    kb: KnowledgeBase, question: str, places: tuple[str, ...], benchmarks: frozenset[str]
) -> None:
    """ "fr" (for real) at the end of a clause is not France, nor "imo" (in my opinion) the maths olympiad."""
    query = kb.matcher.parse(question)
    assert (query.entities, query.benchmarks) == (places, benchmarks)


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # Examples given, a source's home and an asker's workplace are not what is asked about.
        (
            "Per the AI Index 2026, how many chip foundries produce almost every leading AI accelerator, such as "
            "Nvidia Blackwell and AMD MI300X?",
            (),
        ),
        ("A Gulf business site said Saudi Arabia's fund was $40 billion. How large is it?", ("Saudi Arabia",)),
        ("I maintain an open-source library in Brazil. How many AI GitHub projects were there in 2025?", ()),
        ("whats frances total private ai investment over 2013-2024?", ("France",)),
    ],
)
def test_places_and_organisations_that_are_not_asked_about(
    kb: KnowledgeBase, question: str, places: tuple[str, ...]
) -> None:
    assert kb.matcher.parse(question).entities == places


async def test_a_series_never_mixes_pairs(kb: KnowledgeBase) -> None:
    """One series is one measure of one subject: "US vs UK" and "US vs China" ratios are two series,
    or an answer would call the other pair's figure another edition's."""
    pairs: dict[tuple[str, str | None], set[frozenset[str]]] = {}
    for fact in kb.facts:
        if " vs " in fact.label:
            named = frozenset(find_entities(normalise(fact.label))[0])
            pairs.setdefault(kb._series(fact), set()).add(named)
    assert len(pairs) > 5
    assert {key: named for key, named in pairs.items() if len(named) > 1} == {}


async def test_two_models_compared_take_the_newer_edition_of_a_revised_figure(kb: KnowledgeBase) -> None:
    """GPT-4's training cost fits as well from the 2024 edition ($78M) as from the 2025 one ($79M): the newer."""
    answer = await kb.answer("GPT-4 vs Llama 3.1 training cost?")
    assert [ref.id for ref in answer.facts] == ["cost-training-gpt4-2025ed", "cost-training-llama31"]
    assert "$79 million" in answer.text


async def test_a_quoted_figure_picks_its_edition_and_names_the_newer_one(kb: KnowledgeBase) -> None:
    answer = await kb.answer("24 times the UK?")
    assert answer.answered
    assert answer.facts[0].id == "inv-us-vs-uk-ratio"
    assert "The AI Index 2026 reported 48.5×" in answer.text
    assert "a newer edition's figure is given above" in answer.text
    assert "11.7" not in answer.text  # the US–China ratio is another series


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("did the us invest 11.7 times more than china in ai", "inv-us-vs-china-ratio"),
        ("8.7 times more AI money in the US than China?", "inv-us-china-ratio-2023"),
        ("is it true that 81 percent of teachers think ai should be taught", "edu-teachers-ai-foundational"),
    ],
)
async def test_a_figure_quoted_in_the_question_finds_its_fact(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many llms did the us make in 2024", "models-notable-us-2024"),
        ("are ppl scared of self driving cars", "po-self-driving-fear"),
        ("how much did the uk put into ai in 2024", "inv-uk-private-2024"),
        ("how much has the uk invested in ai in total", "inv-uk-cumulative"),
        ("how much cash did chinese ai startups raise in 2024", "inv-china-private-2024"),
        ("how many ai researchers move to the us", "talent-us-inflow-drop"),
        ("how big is the gap on mmlu", "gap-mmlu-us-china"),
        ("china % of all industrial robot installs in 2024", "robots-china-share-2024"),
        ("# of federal agencies putting out ai regs in 2024", "policy-us-federal-agencies-2024"),
        ("do mexicans think ai will do more good than harm", "po-optimism-mexico"),
        ("share of north american ai phds taking industry jobs in 2022", "talent-ai-phd-industry-2022"),
        # Chat abbreviations: country codes, inv, corp.
        ("cn cumulative private ai inv 2013-2024", "inv-china-cumulative"),
        ("jp vs cn robots installed 2023 how many times", "robots-china-vs-japan"),
        ("global corp ai inv 2023, 2024 ai index", "inv-corporate-2023"),
        # An organisation named in the fact's text though not listed as its subject.
        ("how did openai's o1 do on mmmu in 2024", "bench-mmmu-o1"),
    ],
)
async def test_informal_wording(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (60, "countries", "60 countries"),
        (41, "count of top 100 (China)", "41 of top 100 (China)"),
        (2049, "count", "2,049"),
        (9.3, "USD billions", "$9.3 billion"),
        (0.3, "percentage points", "0.3 percentage points"),
        (74.2, "percent of granted AI patents", "74.2% of granted AI patents"),
        (200, "percent growth (lower bound)", "200% growth (lower bound)"),
        (35, "percent", "35%"),
        (23.1, "ratio (times)", "23.1× (times)"),
    ],
)
def test_figures_read_with_their_units(value: float, unit: str, shown: str) -> None:
    assert formatting.figure(value, unit) == shown


async def test_every_fact_in_the_knowledge_base_shows_its_whole_unit(kb: KnowledgeBase) -> None:
    for fact in kb.facts:
        shown = formatting.figure(fact.value, fact.unit)
        for word in fact.unit.replace("(", " ").replace(")", " ").split():
            if word.isalpha() and word not in {"count", "percent", "USD", "EUR", "CAD", "ratio", "date", "YYYYMMDD"}:
                assert word in shown or word.rstrip("s") in shown, (fact.id, fact.unit, shown)


async def test_a_top_score_is_one_series_whichever_lab_holds_it(kb: KnowledgeBase) -> None:
    answer = await kb.answer("what's the best score on swe-bench")
    assert answer.answered
    assert answer.facts[0].id == "bench-swebench-top-2026"  # the 2026 edition's, held by Claude
    assert "The AI Index 2025 reported 71.7%" in answer.text  # o3's, from the 2025 edition


async def test_worldwide_is_never_one_countrys_count(kb: KnowledgeBase) -> None:
    # The knowledge base has the world's installations for 2023, and countries' for 2024.
    answer = await kb.answer("robots installed worldwide 2024")
    assert not any(ref.metric == "robot-installations" for ref in answer.facts), answer.text
    answer = await kb.answer("robots installed worldwide 2023")
    assert answer.answered and answer.facts[0].id == "robots-global-installs-2023"


async def test_a_missing_place_is_named_and_only_a_comparison_says_it_cannot_compare(kb: KnowledgeBase) -> None:
    single = await kb.answer("What share of Germans use ChatGPT?")
    assert not single.answered
    assert "no sourced figure for Germany" in single.text and "compare" not in single.text
    pair = await kb.answer("US vs Brazil private AI investment 2024")
    assert not pair.answered
    assert "no sourced figure for Brazil on the same measure, so I can't compare them" in pair.text


async def test_how_many_times_is_answered_by_the_sourced_ratio_and_vs_by_both_figures(kb: KnowledgeBase) -> None:
    ratio = await kb.answer("how many times more robots did china install than the us in 2024")
    assert ratio.answered and ratio.facts[0].id == "robots-china-vs-us-ratio-2024"
    ratio = await kb.answer("how many times chinas private AI investmnet did the US put in during 2025?")
    assert ratio.answered and ratio.facts[0].id == "inv-us-vs-china-ratio-2025"
    both = await kb.answer("China vs US robot installations 2024")
    assert both.answered and both.comparison is not None
    assert [ref.id for ref in both.facts[:2]] == ["robots-china-installs-2024", "robots-us-installs-2024"]


@given(st.lists(st.text(max_size=6)))
def test_sorting_in_pieces_is_sorting(words: list[str]) -> None:
    assert _sorted_in_pieces(words) == sorted(words)
    pairs = [(w, str(i)) for i, w in enumerate(words)]
    assert _sorted_in_pieces(pairs) == sorted(pairs)


async def test_the_eu_is_answered_with_europe_when_only_europe_is_measured(kb: KnowledgeBase) -> None:
    single = await kb.answer("How many notable models came from the EU in 2024?")
    assert single.answered and single.facts[0].id == "models-notable-europe-2024"
    assert "Europe" in single.text
    pair = await kb.answer("US vs EU notable models 2024")
    assert pair.answered and pair.comparison is not None
    assert [ref.id for ref in pair.facts[:2]] == ["models-notable-us-2024", "models-notable-europe-2024"]
    # The EU itself wins where it is measured.
    act = await kb.answer("when does europe's ai act start")
    assert act.answered and act.facts[0].id == "policy-eu-ai-act-start"


async def test_top_model_groups_are_not_rankings(kb: KnowledgeBase) -> None:
    answer = await kb.answer("Top notable model producers 2024?")
    assert answer.answered and answer.facts[0].id == "models-openai-2024"


async def test_each_country_in_a_shared_statement_has_its_own_figure(kb: KnowledgeBase) -> None:
    # The 2026 passage gives the US 46 and China 41 of the 100 most-cited papers of 2024.
    us = await kb.answer("How many of the 100 most-cited AI papers of 2024 came from the US?")
    assert us.answered and us.facts[0].value == 46
    china = await kb.answer("china top 100 most cited ai papers 2024")
    assert china.answered and china.facts[0].value == 41
    # Their units name whose count each is, and still compare; each figure keeps its own unit.
    both = await kb.answer("US vs China highly cited AI research?")
    assert both.comparison is not None and [ref.value for ref in both.facts[:2]] == [46, 41]
    assert "46 of top 100 (US) vs" in both.text and "41 of top 100 (China)" in both.text
    assert "= 5 count of top 100." in both.text


@pytest.mark.parametrize(
    "question",
    [
        "how many AI laws did Texas pass in 2024?",
        "Share of Middle Eastern countries offering computer science education in 2024?",  # Parity has Africa's
        "What share of Asian countries offered computer science education in 2024?",
        # A part asked of a total Parity has only whole: how much of 2025's corporate investment was M&A.
        "How much of 2025's global corporate AI investment was M&A, in dollars?",
        "I know total corporate AI investment was about $252B in 2024. But how many dollars of that was M&A?",
        # Hiring is not cutting; government labs are neither industry nor academia.
        "What share of organizations expect AI to increase their headcount next year?",
        "How many notable machine learning models came from government labs in 2023?",
        # An agency Parity has no figure for; an age group where the figure is everyone's.
        "how many AI regs did the FTC alone put out in 2024",
        "what % of under-35s said AI makes them nervous in 2025?",
        "What growth rate does the AI Index project for global private AI investment in 2026?",  # a forecast
        # A fact on the place and year asked that shares little of the question's topic is no answer where the fact
        # about the topic fits far better but not the year: not patents, a defence share or AI compute capacity.
        "What share of AI publications did the US produce in 2023?",
        "A trade site says the AI Index reports 580,000 industrial robots installed worldwide in 2025. Correct?",
        "How many AI laws has New York state passed since 2016?",  # not California's count
        "AI startups in London 2024",
        "what score did Claude 3 Opus get on MMLU?",  # Parity has Claude 4.5 Opus, on SWE-bench
        "what did GPT-5 score on GPQA Diamond?",
        "how many MWh of electricity did GPT-4 training use?",
        # A benchmark named is a slot: another benchmark's figure does not answer it.
        "What did Claude 3.5 Sonnet score on MMLU?",  # Parity has its HELM Safety score
        "top score on BIG-Bench Hard in 2024?",  # not BigCodeBench-Hard
        # A measure named is a slot too: Grok 4's emissions don't say what it cost to train.
        "how much did it cost to train Grok 4?",
        "how many tokens was Llama 3.1 405B trained on?",
        "how much does Claude 3.5 Sonnet cost per million tokens?",
        # So is a rate per person: the US's share of patents is not its patents per 100,000 people.
        "How many AI patents per 100,000 people did the US have in 2024?",
        # A year Parity has no figure for, on a measure it has for another year: not some other 2024 figure.
        "How many AP computer science exams were taken in 2024?",
        # Fines and market value are money; patent applications are not patents granted.
        "what are the max fines under the EU AI Act?",
        "What was Nvidia's market cap at the end of 2025?",
        "how many AI patent applications were filed worldwide in 2023?",
        # A model named by its tier is a slot too: Parity has Gemini Ultra's training cost, not its emissions.
        "what were Gemini Ultra's training emissions?",
        "How many AI-related bills were proposed in the US Congress in 2025?",
        # US states' laws are not the country's: the national count does not answer for the states.
        "How many AI laws did US states enact in total in 2025?",
        # Vehicles are not rides, users not awareness, a median not a total, women's share not everyone's.
        "How many vehicles are in Baidu Apollo Go's driverless fleet?",
        "How many weekly active users does ChatGPT have now?",
        "what was the median AI funding round size in 2025?",
        "What share of AI authors and inventors in the US are women?",
        # A count asked is not answered with money: France's investment does not say how many startups.
        "number of newly funded AI startups in france in 2025",
        # Companies Parity has no figure for are slots too: Tesla is not Waymo, AMD not Nvidia.
        "how many weekly robotaxi rides was tesla doing by late 2025",
        "what share of global AI compute runs on AMD chips?",
        # What a count counts: master's degrees, whose statement mentions PhDs, do not answer for PhDs.
        "how many AI PhDs did US universities award in 2023",
        # Qualifiers a fact must state: all incidents do not answer for deepfakes, nor all startups for health care.
        "how many deepfake-related AI incidents were recorded in 2025?",
        "private investment in healthcare AI startups specifically, 2024?",
        "what's the human baseline on terminal-bench 2.0?",
        # One year's own figure is not a total over 2013-2024, nor a running total one year's count.
        "How much did the US government spend on AI contracts in 2024 alone?",
        "how many new state-backed ai supercomputer clusters did china add in 2025 specifically?",
        "What's the cumulative total of AI patents granted worldwide from 2010 through 2024?",
        "How many incidents has the AI Incident Database logged since it started?",
        # A month Parity has no figure for, in a year it has another month's.
        "What was the US-China gap on the Arena leaderboard in June 2025?",
        # Measures beside covered ones: density, stock, water, miles, PhDs, energy used, an age group, a forecast.
        "US robot density (robots per 10k manufacturing workers) in 2024?",
        "whats the worldwide operational stock of industrial robots at the end of 2024",
        "How much water was used to train Llama 3.1 405B?",
        "How many autonomous miles did Waymo drive in 2025?",
        "By how much did computer science PhD enrollment in the US change between 2024 and 2025?",
        "What share of new AI PhDs in the US and Canada were women in 2024?",
        "How many terawatt-hours did AI data centers use in 2025?",
        "what share of 18-24 yr olds said AI makes them nervous in 2024",
        "how many notable ai models will the us release in 2026",
        "How much is US computer science undergrad enrollment projected to fall in 2026-27?",
        "What share of respondents using AI in HR reported cost savings in 2024?",
        "How many people in the UAE actually use generative AI, in absolute numbers?",
        "how many fully driverless rides did pony.ai give in 2025",
        "What share of US government AI contract value went to NASA in 2023?",
        # A quarter Parity has no figure for; a person's company is not the person; founders and specs are not figures.
        "Apollo Go rides Q4 2024?",
        "Why was Sam Altman fired from OpenAI in November 2023?",
        "Who founded Anthropic?",
        "What is the context window of Claude 3.5 Sonnet?",
        # One conference is not six together; a count is not its growth.
        "How many responsible AI papers were accepted at NeurIPS alone in 2025?",
        "How many industrial robots did Taiwan actually install in 2024?",
        # AI questions that ask no AI Index figure: a release date, advice, a task, a forecast, the top score where
        # Parity has only a gap.
        "when did OpenAI release GPT-4",
        "best model for coding rn?",
        "Draft a tweet hyping our AI startup's seed investment round",
        "when will we get AGI",
        "top humaneval score in 2024?",
        # Generative AI is a part of AI; investment is money put in, not a share of firms using it.
        "China generative AI private investment 2024?",
        # A how-to, a list of ideas; an edition asked outright that has no such figure.
        "how do i file a patent for my AI invention in the US, do i need a lawyer?",
        "give me 5 startup ideas using ai agents",
        "tell me a joke about GPUs",
        "What should my company's responsible AI policy say?",
        "open vs closed model gap on humaneval end of 2024",
        "In the latest edition, how far ahead are American systems over Chinese ones on MMLU?",
        # A model family without a version is its maker's; talent concentration is not skill penetration.
        "Claude yearly inference water use?",
        "what was the us ai talent concentration on linkedin in 2024",
        "ChatGPT Plus monthly price?",
        "What was the total dollar value of AI mergers and acquisitions in 2024?",  # Parity has only their growth
        "how many new ai phds graduated in the us and canada in 2024, the actual headcount not the % chnage",
        "how many new ai phds graduated in the us and canada in 2024, the actual number",
        "taiwan industrial robot installations 2024 units",
        # A quarter is not the year's total; a state by its nickname is that state; a share of all papers is not a
        # count of the most-cited ones; a worldwide total is not one country's.
        "How many rides did Apollo Go give in Q3 2025 specifically, per the 2026 AI Index?",
        "Adding up 2016 through 2025, how many AI-related bills did the Lone Star State enact, per the 2026 AI Index?",
        "what % of ai publications came from the us in 2024 (2026 ai index)",
        "What's the cumulative total of AI patents granted worldwide from 2010 through 2024?",
        "what percentage of UK job postings were for AI roles in 2024? i only ever see US numbers",
        # Measures and breakdowns Parity has none of: revenue, an industry, a city, one month, a count of deals.
        "Someone told me Nvidia made around $100 billion in AI chip revenue in 2025, is that right?",
        "Someone told me most of the industrial robots the US installed in 2024 went to car makers, is that right?",
        "How did generative AI use at financial services firms in 2025 compare with other industries?",
        "/fact Waymo weekly trips in San Francisco late 2025",
        "Is it true the AI Incident Database logged over 100 incidents in March 2025 alone?",
        "/fact number of AI M&A deals 2024",
        # A human baseline, open-weight models and all AI papers are not the AI score, all models or the sciences'.
        "how well do actual humans score on Terminal-Bench 2.0?",
        "what share of the US's notable AI models in 2025 were released with open weights?",
        "What was the Arena-score differential between the best US open-weight model and the best Chinese open-weight "
        "model in March 2026?",
        "How many AI publications were there in total across all fields in 2025?",
        # Excitement is not nervousness; a count is not a date; collaborations are not industry's count; memory
        # bandwidth is not compute; IMO points are not FrontierMath's; "how does it work" asks no figure.
        "What share of people globally said AI products and services make them excited in 2025?",
        "how many ai publicatons came out in 2025 overall?",
        "Industry-academia collaborative models, 2025?",
        "how fast has memory bandwidth on AI chips grown each year?",
        "How many points did OpenAI's experimental model score at IMO 2025?",
        "how does the Elo rating on chatbot arena actually work, like how are the scores calculated",
        "ai job postings as a share of all postings in the UK, 2024",
        "How much power do China's AI data centers use?",
        "Are young people becoming more optimistic about AI than older people?",
        # A misspelt state is still that state; Japan by its nickname; billion-dollar rounds are counted, not money.
        "How many AI-related bills did Colorodo enact from 2016 to 2025?",
        "What share of workers in the Land of the Rising Sun use AI at work regularly, per the workplace survey cited "
        "in the 2026 report?",
        "China had maybe 10 billion-dollar AI funding rounds in 2025, is that right?",
        "Could you indicate what proportion of respondents aged 18 to 34 across the 30 surveyed countries said AI "
        "products and services have more benefits than drawbacks in 2025?",
        "What is a foundation model?",
        # Training is not using; a focus area is not a country's total; SWE-bench Pro is not SWE-bench; a count of
        # responsible AI papers is not all AI papers; chatter and naming requests ask no figure.
        "what does the AI index estimate GPT-4o cost to train",
        "Which AI focus area got the most private investment in 2025 and how much?",
        "top score on SWE-bench Pro in the 2026 report?",
        "how many AI papers in total were published in 2025?",
        "need a catchy name for my AI startup, ideas?",
        "good bot",
        # Service robots and small businesses are not what Parity has; questions about Parity
        # itself, "good or bad" opinions and definitions ask no figure.
        "how many service robots did China deploy in 2023?",
        "what share of small businesses (fewer than 50 employees) used AI in 2025?",
        "what model are you running on?",
        "honestly, is the EU AI Act good or bad for startups?",
        "What's the difference between open-weight and open-source models?",
        "My cousin teaches in Ontario and we were comparing notes. What share of Canadian public high schools offer "
        "computer science according to the AI Index?",
        # Reasons, opinions and personal and geopolitical predictions ask no figure.
        "Isn't the whole 'hallucination' thing exaggerated? Why do language models make stuff up in the first place?",
        "you think AI will take my job as translator in 5 year?",
        "what is the different between open-weight model and open source model?",
        "what does RLHF stand for?",
        "Isn't Humanity's Last Exam just a publicity gimmick? Who made it and why?",
        "I'm an accountant with 10 years' experience. Will AI take my job in the next five years?",
        "Who will come out on top in the tech rivalry between Washington and Beijing over the next decade?",
        # A benchmark or product Parity has never heard of, written as a name, is not its nearest neighbour.
        "What's the AI agent solve rate on picoCTF?",
        "What success rate did web agents reach on WebVoyager in early 2026?",
        "How fast has ML hardware performance in 8-bit integer (INT8) ops grown per year?",
        # A figure stated, then asked of another year, model or part: not the figure stated.
        "india's AI optimism was 62% in 2024, what was it back in 2022?",
        "south korea was 3rd for notable models in 2025, where did it rank back in 2023?",
        "deepseek R1 was 5 pts behind o1 in feb 2025, how close was qwen2.5-max?",
        "llama 3.1 405B was ~$170M to train, what's the AI Index estimate for llama 4?",
        "of the 537 AI clinical trials in 2024, how many were in oncology?",
        "how many of the 1,521 responsible AI papers in 2025 were about fairness/bias?",
        "corporate AI investment grew 25.5% in 2024. how much of that was minority stakes vs public offerings?",
        "Europe produced only three notable AI models in 2024. How many did it produce in 2022?",
        "Of the roughly 242,000 AI publications in 2023, how many were conference papers?",
        "Of Saudi Arabia's $100 billion Project Transcendence, how much was earmarked for data-center construction?",
        "How much of the IndiaAI Mission's $1.25 billion budget is allocated to GPU compute infrastructure?",
        # A count asked in the question, after a growth stated before it, is not the growth.
        "Taiwan's industrial robot installations grew 33% in 2024. How many robots did Taiwan install that year?",
        # Academia's part is not a split by country (but "industry rather than academia" is industry's share).
        "How many of the 100 most-cited AI papers in 2024 came from academia?",
        # Where a sibling counts the agencies (for 2024), a count of regulations is not the agencies' count.
        "In 2025, how many distinct US federal agencies issued AI-related regulations?",
        # A change asked is not a gap between groups over the same years, nor a level with no earlier point.
        "How much did AI optimism in the United States change between 2024 and 2025?",
        "By how many percentage points did organizational AI use grow in North America in 2024?",
        # Government witnesses, elementary schools' AI policies and cuts made (not expected) are not given.
        "What share of the AI-related witnesses at US congressional hearings in 2025 came from government?",
        "What share of US elementary schools have an AI policy?",
        "What share of organizations actually cut their headcount because of AI in 2025?",
        # Places in a ranking said as ordinals are the ranking's: not the #1-#10 gap, nor a gap between countries.
        "What was the Chatbot Arena score gap between the top-ranked and 20th-ranked models in early 2025?",
        "In March 2026, how many Elo points separated the #1 and #10 models on the Arena leaderboard?",
        # Fields, parties and suppliers no figure breaks down; years said not to be asked; countries, not US states;
        # which model set a score that names none.
        "how many ai-related papers came out in the social sciences in 2025?",
        "What share of Republicans versus Democrats trust the US government to regulate AI?",
        "What share of the industrial robots installed in China in 2023 came from Chinese suppliers?",
        "how many ai medical devices did the fda approve in 2024 specifically, not 2023 or 2025",
        "how many COUNTRIES (not us states) have laws against ai intimate-image deepfakes",
        "Web agents hit 74.3% on WebArena in early 2026. Which model or agent set that score?",
        # A figure for China and Europe combined is not China's alone.
        "How many times more did the US invest in generative AI than China alone in 2025?",
        # A year's count is not one month's, nor one month's a quarter's.
        "How many AI incidents did the AI Incident Database log in the first quarter of 2026?",
        "The OECD AI Incidents Monitor logged 500 incidents in December 2025 - true?",
        # Patents filed (misspelt) are not patents granted.
        "How many AI patent applicatons did China file in 2024?",
        # A part of those surveyed that no figure singles out.
        "What share of rural Indian respondents view AI as more beneficial than harmful?",
        "What share of low-income Americans use AI at work?",
        # Nervousness is not optimism; industry-academia "collabs" are not industry's count; Mystery Blocksworld is
        # PlanBench, which no HELM Safety score is.
        "By how many percentage points did the share of respondents in Great Britain who say AI makes them nervous "
        "change between 2022 and 2024?",
        "how many notable models came from industry-academia collabs in 2025?",
        "How did Claude 3.5 Sonnet score on Mystery Blocksworld?",
        # A gap in Arena points is not the relative difference in percent given for that month.
        "In raw Arena score points, how large was the closed-weight vs open-weight gap on Chatbot Arena in February "
        "2025?",
        "Top MMLU score in 2025?",  # not the share of a test's questions that are invalid
        # A running total over 2013-2024 is not one over 2013-2022.
        "What was cumulative US private AI investment over 2013-2022?",
        # The actual number of new AI PhDs is not how fast they grew.
        "What was the actual number of new AI PhD graduates in the US and Canada in 2024?",
        # Sub-groups and parts no figure breaks out.
        "what share of the world's humanoid robots are made in china?",
        "How many responsible AI papers on privacy and data governance were published in 2025?",
        "What productivity gains does AI give in legal services?",
        "Dataset size doubling time for video-generation models?",
        "In the 2025 McKinsey data, what share of organizations used AI in their IT function specifically?",
        "What was the average 2025 Foundation Model Transparency Index score on the upstream subdomain?",
        "By what percentage did minority-stake AI investment change in 2024?",
        "By how much did the ambient AI scribe in the Stanford study cut patient wait times?",
        # Hearings held are not the witnesses they heard; math teachers are not CS teachers.
        "How many congressional hearings on AI did the US Congress hold in 2025?",
        "What share of US high-school math teachers feel equipped to teach AI?",
        # Asia-Pacific is a region with its own figures (patents, data rules), not the world.
        "what % of orgs in asia-pacific were using genai in 2024?",
        # A field of science, a guided run, an edition written "(sixth)", how something is used, a forecast.
        "How many AI-related publications were there in the life sciences in 2025?",
        "What was the Cybench solve rate in early 2026 when agents were given subtask guidance?",
        "On what date was the 2023 (sixth) edition released?",
        "How are university students mostly using generative AI in their studies - for writing, research or else?",
        "Will British public optimism about AI keep rising over the next few years?",
        # A month between the two a figure is dated by, asked after both are stated.
        "GPT-3.5-level inference price fell from $20 in November 2022 to $0.07 per million tokens in October 2024. "
        "What was it in November 2023, in the middle?",
        # A part of a whole quoted as "$252B"; HR among business functions; a score asked of a fact on parameters.
        "of the $252B global corporate ai investment in 2024, how many dollars were M&A?",
        "what % of companies were using gen ai in their HR function in 2025?",
        "What MMLU score did Microsoft's Phi-3-mini achieve, the result that made it the smallest model above 60%?",
        # M&A or minority stakes asked after a total stated: the part, which no figure gives for that year.
        "Global private AI investment grew 127.5% in 2025, per the 2026 AI Index. How much did AI-related mergers and "
        "acquisitions grow in 2025?",
        "Corporate AI investment was $252.3B in 2024. What was the dollar value of AI mergers and acquisitions alone?",
        # Growth between two other years than the fact's.
        "By what percentage did global AI patent grants grow from 2020 to 2021, per the AI Index?",
        "By what percentage did global private AI investment decline in 2022, before its 2024 rebound?",
        # Departments other than Defense, whose share is the one given.
        "What share of US federal AI contract value in 2023 went to the Department of Health and Human Services?",
        "how many of the 2025 us federal ai regulations came from the commerce dept?",
        # The money newly funded companies raised is not how many there were.
        "How much total funding did newly funded US AI companies raise in 2025?",
        "Which US state came second to California for AI laws enacted in 2024?",  # not California, nor all states
        # How a model scored is never its price.
        "In that 2024 randomized diagnostic trial where GPT-4 alone scored 92%, how did OpenAI's o1 score?",
        # How many took part in a survey is not a share of them.
        "How many US respondents were in the Ipsos survey behind the 2025 AI Index's public-opinion chapter?",
        # A count in absolute units is not a growth rate.
        "How many industrial robots, in absolute units, did Taiwan install in 2024?",
        # Points abbreviated ask a change, not a level; a gap ruled out by name is not the answer.
        "how many percentage pts did organizational AI use in north america grow from 2023 to 2024?",
        "how many pct points did top HumanEval scores go up in 2024? not the us-china gap, the actual top score",
        # Asked after a figure stated for another benchmark: that benchmark's gain is not this one's.
        "ok so MMMU jumped like 18 pts in a year, how much did MMLU-Pro top scores jump over the same stretch?",
        # A share asked, after a claim about how it moved: the level, which Parity does not have for India.
        "My professor says nervousness about AI in India rose only 4 points between 2024 and 2025. What share of "
        "Indian respondents said AI products make them nervous in 2025?",
        # A total count asked, after a claim about a share of it.
        "My professor says more than half of the national AI strategies adopted in 2024 came from emerging "
        "economies. How many national AI strategies were newly adopted worldwide in 2024 in total?",
        # An edition Parity lacks, asked after a sentence naming one it has.
        "A news article says the ninth AI Index came out on April 16, 2026. On what date was the 2023 (sixth) "
        "edition of the AI Index released?",
        # One chamber of Congress; patients' satisfaction; hours of teaching.
        "How many AI-related bills were introduced in the US Senate alone in 2024?",
        "A news article says AI note-writing tools cut clinicians' note time by up to 38%. By how much did patient "
        "satisfaction scores change at hospitals using those tools, per the 2026 AI Index?",
        "How many hours of AI instruction per school year does Beijing require under its mandate?",
        # Those who took part in a trial are counted, not a share; PhDs who went into government are not industry's.
        "I'm a medical student in Lyon writing about AI in diagnosis. How many physicians took part in the 2024 "
        "randomized trial where GPT-4 alone reached 92% on complex diagnostic cases?",
        "In 2022 which percent of new North American AI PhDs was going to work for the government?",
        # The OECD's incident monitor is not the AI Incident Database, and gives no 2024 total.
        "What was the total number of incidents recorded by the OECD AI Incidents Monitor over the full calendar year "
        "2024?",
        # Results, variants and comparators no figure gives.
        "SWE-bench Multimodal best score as of February 2026",
        "What was the prize money for the 2024 Nobel physics award to Hopfield and Hinton?",
        "In the ARISE review of 500+ clinical AI studies, what percentage relied on synthetic patient data?",
        "How much population-level adoption did smartphones reach within three years of launch, in the 2026 AI Index "
        "comparison with generative AI?",
        "A consulting newsletter said 71% of firms using AI in marketing and sales reported revenue gains. What share "
        "of firms using AI in product development reported revenue gains?",
        "A health-IT newsletter said AI note-writing tools cut documentation time by up to 83%. By what percentage did "
        "AI scribes reduce documentation errors, according to the 2026 AI Index?",
        # A training cost asked with a typo ("trian") is still a training cost, not a model's price.
        "what did gpt-4o cost to trian acc to the ai index? 🤔",
        # A breakdown one fact gives beside another topic is no answer to the topic asked with that breakdown.
        "What percentage of US elementary-school computer science teachers say learning about AI belongs in a "
        "foundational CS education?",
        "what % of US **elementary** schools have AI policys?",
        # A field of science, a human-expert baseline, whether AI will improve education: none given.
        "How many AI-related physics publications were published in 2025, per the 2026 AI Index science chapter?",
        "What is the human-expert baseline success rate on Terminal-Bench 2.0 cited in the 2026 AI Index?",
        "What share of AI experts vs the US public think AI will improve education?",
        # A year asked, where a figure is stated for another around it; people a survey asked.
        "whats the top WebArena success rate in 2024? i know early 2026 is 74 ish, want the yr before",
        "how many ppl did pew actualy survey across those 25 countries for the 'trust X to regulate ai' question?",
        # Publications are not patents, nor federal regulations.
        "A news article said China produced 23.2% of the world's AI publications in 2023. What share of AI "
        "publications came from the United States in 2023?",
        "how many AI papers did US authors publish in 2024?",
        # The first-ever edition is one Parity does not have.
        "A news site says the 2025 AI Index was published on April 15, 2025. On what date was the first-ever AI Index "
        "report published in 2017?",
        # Human test-takers are a human baseline, which the ARC-AGI-2 figure does not give; a ranking Parity lacks.
        "What was the average human test-taker score on ARC-AGI-2 in early 2026?",
        "Where does South Korea rank on Stanford's Global AI Vibrancy ranking in the 2026 edition?",
        # A model Parity has no figure for (AlphaFold 3), beside one it has in the claim before.
        "A Medium post said EvolutionaryScale's ESM3 was trained on 2.78 billion protein sequences. How many "
        "parameters does AlphaFold 3 have according to the AI Index?",
        # Measures no fact gives: a human-expert baseline, a hallucination rate for a model, a breakdown by venue, by
        # supplier or by kind of law, a doubling time for a level, and a count where only a share is given.
        "What average score do human domain experts get on Humanity's Last Exam, per the AI Index?",
        "What hallucination rate did Anthropic's Claude Opus 4.6 record on the AA-Omniscience benchmark?",
        "What percentage of AI publications in 2024 were conference papers rather than journal articles?",
        "What share of China's 2024 industrial robot installations came from domestic Chinese robot manufacturers?",
        "How many US state laws regulating the use of AI in hiring or employment decisions were enacted in 2024?",
        "How often does the power capacity of AI data centers double?",
        "How many national AI strategies were newly adopted worldwide in 2024 (a count)?",
        # A count of a whole, where the share of a part the question does not name is given.
        "How many national AI strategies were newly adopted worldwide in 2024?",
        # A variant ruled out; rounds counted by country; hearings, not witnesses; one chapter's pages; a second place.
        "What did the best model score on the full (non-hard) BigCodeBench set?",
        "A VC newsletter claims there were 15 private AI funding rounds above $1 billion in 2025. How many of 2025's "
        "$1B-plus AI rounds went to Chinese companies?",
        "How many AI-related hearings did the US Congress hold in 2025?",
        "How many pages is the Technical Performance chapter of the 2025 AI Index?",
        "in the 2025 BEHAVIOR-1K challenge what did the *second* place team score? not the winner",
        # Mid-2024 is no month the Arena gap is given for; a breakdown by kind of body, topic, function or industry,
        # or one kind of state fund, that no fact gives; a possessive typed without its apostrophe.
        "what was the US vs China gap on Chatbot Arena around mid-2024, like June or July?",
        "How many notable AI models did government bodies produce in 2023?",
        "what % of ai experts think ai will have a positive impact on elections in that pew survey? experts not the "
        "public",
        "A McKinsey-citing blog says 49% of respondents using AI in service operations reported cost savings. What "
        "share of respondents using AI in marketing and sales reported cost savings in 2024?",
        "In 2024, what share of respondents using AI in software engineering reported revenue gains from it?",
        "What share of financial-services firms used AI in at least one business function in 2024?",
        "how much did chinas government guidance funds put into ai in 2024 alone? single yr",
        "whats frances total private ai investment over 2013-2024? cumulative, in usd. not the €109b pledge",
        "What was the sample size of the Stanford ambient AI scribe study?",
        # A patient group, a specialty and an industry no figure is broken down by.
        "In the clinical AI study review, what share of studies included pediatric patients?",
        "How many AI clinical trials in 2024 were in oncology?",
        "How much did Chinese government guidance funds invest specifically in semiconductor companies between 2000 "
        "and 2023?",
        # A model Parity has no figure for (PaLM 2) beside one in the claim; an industry no figure is broken down by.
        "A Mastodon post said the 2024 AI Index estimated GPT-4's training at $100 million. What did the 2024 edition "
        "estimate for PaLM 2's training cost?",
        "What share of global industrial robot installations in 2024 went to the electronics industry, per the AI "
        "Index 2026?",
    ],
)
async def test_a_place_or_model_parity_has_no_figure_for_is_not_answered(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("How much did it cost to train GPT-4?", "cost-training-gpt4-2025ed"),
        ("what was o1's score on MedQA", "bench-medqa-o1"),
        ("What is wrong with GSM8K? How many of its questions are invalid?", "bench-invalid-questions"),
        (
            "By October 2024, what did it cost per million tokens to run a model as good as GPT-3.5 on MMLU?",
            "cost-inference-price-2024",
        ),
        ("did training llama 3 emit more co2 than gpt-4? tonnes for llama", "energy-co2-llama31"),  # 3 covers 3.1
        # A measure named is the fact's measure, in its unit or its name.
        ("How much did it cost to train GPT-4?", "cost-training-gpt4-2025ed"),
        ("How fast are ML hardware costs falling per year?", "hardware-cost-decline"),
        ("Llama 3.1 405B's training power draw in megawatts?", "energy-power-llama31"),
        ("How close are the top two AI models?", "gap-top1-top2-arena"),
        ("How cose are the top two AI models?", "gap-top1-top2-arena"),  # a typo is not a cost asked for
        # A place inside a country is read only when spelt right: "settle" is not Seattle.
        ("settle a bet: global corporate AI investment in 2025, what was the total?", "inv-corporate-global-2025"),
        # The figures those slots keep: Korea's density is noted with its installations; a stock at a year's end.
        ("Korea robot density?", "robots-korea-installs-2024"),
        ("Public AI supercomputers by region 2025?", "policy-supercomputers-china"),
        ("How much private AI investment has the UK attracted since 2013?", "inv-uk-cumulative"),
        ("Do AI models beat PhD experts on science questions?", "bench-gpqa-2026"),  # not doctoral degrees
        # After a sentence of context, the question's own places and figures are what is asked.
        (
            "I keep seeing the 1.70% figure for the US-China Chatbot Arena gap but I want the raw number. In actual "
            "Arena score points, how far ahead was the top US model in February 2025?",
            "gap-arena-us-china-elo",
        ),
        (
            "People call the UK Europe's AI hub, but the US dwarfs it. In 2024, how many times larger was US private "
            "AI investment than the UK's?",
            "inv-us-vs-uk-ratio",
        ),
        (
            "How many distinct US federal agencies issued AI-related regulations in 2024?",
            "policy-us-federal-agencies-2024",
        ),
        ("when did the 2024 ai index drop", "meta-release-date-2024"),
        ("Costliest model to train in the 2024 AI Index?", "cost-training-gemini-ultra-2024ed"),
        # A person named in a fact's text: what Altman said, Hinton's and Hassabis's Nobels; a quarter that is there.
        ("What did Sam Altman say GPT-4 cost to train?", "cost-training-gpt4-2025ed"),
        ("Did Hinton and Hassabis win Nobels for AI?", "sm-nobel-prizes"),
        ("How many rides did Apollo Go give in Q3 2024?", "adoption-apollo-go"),
        ("Who created the most notable AI models in 2024?", "models-notable-us-2024"),  # not a person asked
        ("When did the EU AI Act take effect?", "policy-eu-ai-act-start"),  # a dated fact answers "when"
        ("Top countries for generative AI use 2025?", "adoption-country-uae"),  # Microsoft's measure is genAI use
        ("How much did US generative AI startups raise in 2025?", "inv-genai-us-2025"),
        # Descriptions instead of the report's nouns.
        (
            "How many times the American number of new automated factory machines did China put in during 2024?",
            "robots-china-vs-us-ratio-2024",
        ),
        ("What is the gap between closed and open AI models?", "gap-open-closed-2026"),  # open models, not OpenAI
        ("total ai investment by companies in 2024 incl mergers and acquisitions", "inv-corporate-global-2024"),
        ("By how much did buyouts and takeovers of AI companies increase in 2024?", "inv-ma-growth-2024"),
        ("What did Stanford's 2024 AI report reckon it cost in computing to build GPT-4?", "cost-training-gpt4-2024ed"),
        (
            "how many ai bills got proposed in congress in 2024? i know only like 4 actually pased lol",
            "policy-congress-bills-2024",
        ),
        ("how much total private ai money did the uk pull in from 2013 thru 2024", "inv-uk-cumulative"),
        ("top humaneval gap between the US and China in 2024?", "gap-humaneval-us-china"),
        # Congress is the US federal legislature: its laws are not the world's count.
        ("How many AI laws did Congress pass in 2024?", "policy-congress-passed-2024"),
    ],
)
async def test_models_and_places_named_still_find_their_facts(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Chatter around a question is not a sign it is about something else.
        # A world figure asked after a sentence naming a product; a headline quoted before the question; chat's "imo".
        (
            "Half my office uses ChatGPT daily now. Globally, what share of employees use AI at work regularly or "
            "semi-regularly, per the 2026 AI Index?",
            "po-workplace-use-2025",
        ),
        (
            'Headline: "Southeast Asia is bullish on AI." What percent of Indonesians saw AI as more beneficial than '
            "harmful in the 2025 AI Index?",
            "po-optimism-indonesia",
        ),
        (
            "Citation counts matter more than paper counts imo. What share of all AI citations did Chinese papers get "
            "in 2024, per the 2026 AI Index?",
            "research-citation-share-2024",
        ),
        ("settle a bet: what's the top score on Humanity's Last Exam in the 2026 AI Index?", "bench-hle-2026"),
        # Why it is asked, said after the question, weighs as context: it does not dilute the question.
        (
            "how many pages is the 2024 ai index report? tryna figure out if i can read it in a weekend",
            "meta-pages-2024",
        ),
        ("How many chapters does the AI Index 2025 have?", "meta-chapters-2025"),
        (
            "someone on twitter says US private AI investment in 2024 was 30x the UK's. true per the 2025 AI Index?",
            "inv-us-vs-uk-ratio",
        ),  # "30x" is so many times
        ("ESM3 has 15 billion parameters, right?", "sm-esm3"),  # the figure claimed, not a model size asked
        # "10x China's" asks the ratio; "how many robots …, and how does that compare" a count, not a ratio.
        ("US private AI investment was about 10x China's in 2023 — correct?", "inv-us-china-ratio-2023"),
        (
            "How many industrial robots did China install in 2024, and how does that compare with 2023?",
            "robots-china-installs-2024",
        ),
        # Two places compared with no year: the newest edition's ranking of both, which says how the last one differs.
        ("India vs US AI skills?", "edu-ai-skill-penetration"),
        ("Did state AI laws nearly triple in 2024?", "policy-us-state-laws-2024"),  # the states', not California's
        # What a model was trained on is its data, not a training run; "relative to its population" is per person.
        ("How big is EvolutionaryScale's ESM3 protein model and how many sequences was it trained on?", "sm-esm3"),
        (
            "In 2024, which nation led the world on AI patent grants relative to its population?",
            "patents-korea-per-capita-2024",
        ),
        # A person named before the question stays asked where it says "he".
        (
            "Someone quoted Eric Schmidt in our chat. How many years ahead of China did he say the US was in AI back "
            "in May 2024?",
            "context-schmidt-2-3-years",
        ),
        ("how close were the #1 and #2 models on chatbot arena in 2024 fr 👀 whats the % gap", "gap-top1-top2-arena"),
        (
            "my prof said France committed like €20bn to AI, is that right? what's the real figure",
            "policy-france-investment",
        ),
        ("when did the 2025 ai index come out what day exactly", "meta-release-date-2025"),
        # The year asked: the fact of that year is among those scored in full, however many others match.
        ("the 2024 AI Index came out in March 2024, right?", "meta-release-date-2024"),
        ("what was o1's record score on med qa in 2024", "bench-medqa-o1"),
        # "How many" companies: the count of them, not the money they raised.
        ("how many new ai companys got funded in the us in 2025", "inv-newly-funded-us-2025"),
        # Context first: why it is asked is not what it is about, and where the asker is isn't either.
        ("Doing a lit review. How many AI publications were there in 2024?", "research-pubs-total-2024"),
        ("I'm in London and curious. How much private AI investment did the UK get in 2024?", "inv-uk-private-2024"),
        # Words said around the question weigh less than the question's; a follow-up question is still asked.
        (
            "I'm writing a lit-review intro and want a headline number. How many AI publications were there in 2024, "
            "per the 2026 AI Index?",
            "research-pubs-total-2024",
        ),
        (
            "by how much did corporate investment in ai grow in 2024, percentage wise? was it a big jump?",
            "inv-corporate-growth-2024",
        ),
        # A statement after the question finishes the ask; "Google-proof" is GPQA, not Google; "miles ahead" is no
        # distance; descriptions of foundation models and of a benchmark's hardest part.
        ("when did the 2026 ai index come out? need the exact day for my citation", "meta-release-date-2026"),
        (
            "On the 'Google-proof' graduate-level science quiz (GPQA Diamond), what was the mean accuracy of models "
            "in 2025, per the 2026 AI Index?",
            "bench-gpqa-2026",
        ),
        (
            "My uncle insists the US is miles ahead of China in AI. As of March 2026, how far ahead on the Arena "
            "leaderboard was the top US model over the top Chinese one, per the 2026 AI Index?",
            "gap-arena-us-china-2026",
        ),
        (
            "How many big general-purpose pretrained models, the kind other apps get built on top of, were released "
            "in 2023, according to the 2024 AI Index?",
            "research-foundation-models-2023",
        ),
        (
            "Per the 2025 AI Index, what average did the strongest model manage on the toughest slice of the "
            "BigCodeBench programming tasks?",
            "bench-bigcodebench-hard",
        ),
        # A remark beside the question ("Aren't the numbers overhyped?") neither misleads nor makes it off-topic.
        (
            "Aren't the numbers on Chinese robot installs in 2022 overhyped? How many industrial robots did China "
            "actually install in 2022, per the 2024 AI Index?",
            "robots-china-installs-2022",
        ),
        (
            "Isn't it overstated that the AI chip supply hinges on Taiwan? How many foundries make nearly all leading "
            "AI chips, according to the 2026 AI Index?",
            "hardware-tsmc-dependence",
        ),
        # Formal words for a share and an expectation; a change in a number is asked, not the number itself.
        (
            "What proportion of surveyed organizations anticipate AI-driven headcount reductions over the coming "
            "year, per the 2026 AI Index?",
            "labor-workforce-cut-expectations",
        ),
        (
            "how much did the number of college students studying computer science at US four-year schools change "
            "from 2024 to 2025, per the 2026 AI Index?",
            "edu-cs-enrollment-2025",
        ),
        (
            "how many paid rides a week was Google's self-driving taxi company giving in early 2025, per the 2025 AI "
            "Index?",
            "adoption-waymo-rides",
        ),
        # Where the asker is, is not what they ask about; a question that says nothing of its own ("What was it?")
        # is asked by the sentences before it.
        (
            "I'm a teacher in Kenya writing a grant proposal about computing education. The 2025 AI Index had a stat "
            "on how many countries worldwide offer or plan to offer K-12 computer science. What share of countries "
            "was that?",
            "edu-k12-cs-countries",
        ),
        (
            "Looking back at the 2023 slump in tech funding. The 2024 AI Index reported a figure for global corporate "
            "AI investment in 2023. What was it?",
            "inv-corporate-2023",
        ),
        (
            "People keep calling Humanity's Last Exam impossible. In the 2025 AI Index, what was the best score any "
            "system got on it? I know it went up later, but I want that edition's figure.",
            "bench-hle",
        ),
        # A journal named after a region is no place.
        (
            "What accuracy did Microsoft's MAI-DxO diagnostic system paired with o3 achieve on the difficult New "
            "England Journal of Medicine cases?",
            "sm-mai-dxo",
        ),
        # "Since 2016" asks a figure running from that year.
        ("Which state has enacted the most AI bills since 2016?", "policy-california-laws"),
        # A robotaxi company's country stands for it; feeling positive is optimism.
        ("How big were China's Apollo Go robotaxi operations in 2025?", "av-apollo-go-2025"),
        ("US robotaxi scale according to the AI Index?", "av-waymo-2025"),
        ("How positive do people in the US feel about AI in 2024?", "po-optimism-us"),
        # Everyday words for optimism, a company and teachers; slides are no slice.
        ("Mexican AI positivity, 2024?", "po-optimism-mexico"),
        (
            "By what percent did corporations increase their AI investing worldwide in 2024?",
            "inv-corporate-growth-2024",
        ),
        (
            "Hey, I'm putting together slides for a team meeting about the AI race. According to the 2026 AI Index, "
            "how many notable AI models came out of American institutions in 2025? Thanks in advance!",
            "models-notable-us-2025",
        ),
        # A news outlet named after a country is a source, not the place asked about.
        (
            "Per the AI Index 2025 (as reported by China Economic Net), what training costs have some leading US "
            "models cited?",
            "cost-training-us-frontier-range",
        ),
    ],
)
async def test_conversational_questions(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


async def test_an_edition_note_in_a_series_period_is_not_a_year(kb: KnowledgeBase) -> None:
    # The publications series has a point "2023 (2025 ed.)": it is 2023's count, not one for 2025.
    answer = await kb.answer("How many AI science papers were published in 2025?")
    assert answer.answered and answer.facts[0].id == "sm-science-pubs-2025"


async def test_laws_passed_so_far_are_the_running_total(kb: KnowledgeBase) -> None:
    answer = await kb.answer("How many AI laws has California enacted?")
    assert answer.answered and answer.facts[0].id == "policy-california-laws"
    assert answer.text.startswith("Cumulative AI laws enacted in California: 62 (2016-2025).\n")
    # With a year, that year's.
    answer = await kb.answer("How many AI laws has California enacted in 2024?")
    assert answer.answered and answer.facts[0].id == "policy-california-laws-2024"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Attitudes in other words: the surveys ask whether AI's benefits outweigh its drawbacks.
        ("Do Indonesians see AI as beneficial?", "po-optimism-indonesia"),
        # "The most skeptical" is the least optimistic.
        ("Which country is most skeptical about AI?", "po-optimism-netherlands"),
        ("How much bigger was US AI investment than the UK's in 2024?", "inv-us-vs-uk-ratio"),
        ("How much did investors put into Chinese AI in 2024?", "inv-china-private-2024"),
        ("When did Stanford publish the 2025 AI Index?", "meta-release-date-2025"),
        (
            "How many times more private money did America put into AI than the People's Republic in 2025?",
            "inv-us-vs-china-ratio-2025",
        ),
        ("How much private funding went into content-generating AI in the US in 2025?", "inv-genai-us-2025"),
        ("Did AI M&A rise in 2024?", "inv-ma-growth-2024"),
        # Half, majority, dominance: a share.
        ("How dominant is China in robot installations in 2024?", "robots-china-share-2024"),
        ("Who dominates AI compute capacity?", "hardware-nvidia-share-2025"),
        # "Which state": a place's figure, never the world's total.
        ("Which state led AI lawmaking in 2024?", "policy-california-laws-2024"),
        # A place in a ranking next to a kind of place asks "which".
        ("Third-place country AI investment 2025?", "inv-uk-private-2025"),
        ("Is AI getting cheaper to use?", "cost-inference-280x"),
        ("How much did companies invest in AI globally in 2023?", "inv-corporate-2023"),
        # Two years set against each other: the change between them, where a fact gives exactly that ...
        ("US AI optimism 2022 vs 2024?", "po-optimism-change-us"),
        # ... and otherwise the series that holds both.
        ("SWE-bench 2023 vs 2025?", "bench-swebench-score"),
        # An edition asked, a ranking of models: each model's figure is from its own year.
        ("Most expensive model to train in the 2024 AI Index?", "cost-training-gemini-ultra-2024ed"),
        # "Who" in "people who think" is a relative pronoun, not "which …": the world's figure, no ranking.
        ("share of people worldwide who think ai does more good than harm, ipsos", "po-optimism-global-2025"),
        # A place in a ranking is understood even where no fact ranks by it.
        ("china datacenter count, is it 4th in the world?", "dc-china-count-2025"),
        ("How many AI-related GitHub repositories existed in 2025?", "research-github-projects-2025"),
        ("when did the latest ai index drop", "meta-release-date-2026"),
        # "In total", "has spent": the running total, not one year's.
        ("how much has washington spent on ai grants and contracts in total", "policy-us-public-investment"),
        # Washington and Beijing stand for their governments; Washington State is a place of its own.
        ("How much has Washington invested in AI via contracts and grants?", "policy-us-public-investment"),
        ("Washington vs Beijing AI investment 2024", "inv-us-private-2024"),
        # An edition named twice ("AI Index 2026 (9th ed)") still says the question is about the AI Index.
        ("ai index 2026 (9th ed) pub date?", "meta-release-date-2026"),
        # A model named says the question is about AI, so a word Parity doesn't know weighs less.
        ("Does o1 still struggle with planning?", "bench-planbench-mystery"),
        # Places left out of a ranking, one or a list of them, ask who comes next; "how far behind" does not.
        ("notable AI models 2025, apart from the US and China?", "models-notable-korea-2025"),
        ("How far behind China is the US in industrial robot installs in 2023?", "robots-china-vs-us"),
        # The maker named with its model is not a second subject; "what day … drop" asks a release date.
        ("What top score did OpenAI's o1 get on MedQA?", "bench-medqa-o1"),
        ("Which day did Stanford put out the AI Index 2025?", "meta-release-date-2025"),
        # "Which model" asks for a figure that names its model; "by how many points", for a change in points;
        # "how far behind" two places, for their sourced ratio or gap.
        ("What model topped MMMU in 2024?", "bench-mmmu-o1"),
        ("By how many points did GPQA scores rise in a year?", "bench-gpqa-gain"),
        ("How much did SWE-bench scores improve within a year?", "bench-swebench-gain"),
        # "Bounce back" is growth; "add up to" a total.
        ("did AI investment rebound in 2024", "inv-private-growth-2024"),
        ("What did global corporate AI investment add up to in 2024?", "inv-corporate-global-2024"),
        ("How far behind China is the US on industrial robots?", "robots-china-vs-us-ratio-2024"),
        # A model named without its version, by its tier, finds the versioned name.
        ("how much did it cost to train Gemini Ultra?", "cost-training-gemini-ultra-2025ed"),
        ("What was Claude Opus's top SWE-bench Verified score?", "bench-swebench-top-2026"),
        # A fleet asked of a fact whose text gives it: Waymo's cars are in its weekly-trips statement.
        ("how big is waymo's fleet", "av-waymo-2025"),
        # A report "published" is its release, not papers published.
        ("When was the eighth AI Index published?", "meta-release-date-2025"),
        # "Last year" is the newest figure, as when no year is named.
        ("how much did the us invest in ai last year", "inv-us-private-2025"),
        # A possessive written without its apostrophe is still the model.
        ("What did the AI Index 2024 estimate for GPT-4s training cost?", "cost-training-gpt4-2024ed"),
        # A price asked for is a figure in money, not the ratio by which it fell.
        ("What does GPT-3.5-level inference cost these days?", "cost-inference-price-2024"),
        # A common word about the place asked is evidence enough.
        ("How much is Canada investing in AI?", "policy-canada-investment"),
        # "At least one" is a bound, not a ranking.
        ("What percentage of companies used AI in at least one function in 2025?", "adoption-orgs-2025"),
        (
            "In which country do people have the most faith in their government handling AI rules?",
            "po-trust-govt-singapore",
        ),
        # A misspelling is corrected, not read as a word of its own.
        ("canada private ai investmnet 2025?", "inv-france-canada-2025"),
    ],
)
async def test_reference_style_wording(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


@pytest.mark.parametrize(
    "question",
    [
        "How many pages was the 2023 AI Index?",
        "When will the 2027 AI Index come out?",
        "sixth ai index robots",
        "when was the very first ai index report published? like the og one",
    ],
)
async def test_an_edition_parity_does_not_have_is_named_as_such(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert not answer.answered
    assert answer.text.startswith("I have figures from the AI Index 2024, 2025 and 2026 editions, not from an AI Index")


async def test_a_year_that_is_a_point_in_time_is_never_read_as_an_edition(kb: KnowledgeBase) -> None:
    # The AI Index 2025 gave the gap at the end of 2024; the end of 2025 is another point in time.
    answer = await kb.answer("What was the US-China gap on HumanEval at the end of 2025?")
    assert not answer.answered
    # A year before the edition is the period asked of that edition.
    answer = await kb.answer("us notable ai models 2023 ai index 2024")
    assert answer.answered and answer.facts[0].id == "models-notable-us-2023"


async def test_only_the_newest_editions_year_stands_for_the_edition(kb: KnowledgeBase) -> None:
    # "2026" alone may mean the AI Index 2026 (it reports on 2025): no figure is dated 2026 yet.
    answer = await kb.answer("How do AI models do on GPQA Diamond in 2026?")
    assert answer.answered and answer.facts[0].id == "bench-gpqa-2026"
    # An older year is the period asked: the AI Index 2024's count for 2022 is not 2024's.
    answer = await kb.answer("How many AI-enabled medical devices did the FDA approve in 2024?")
    assert not answer.answered
    # "The 2025 index" names the edition.
    answer = await kb.answer("how much did US bachelor's degrees in computing rise over the last 10 yrs (2025 index)?")
    assert answer.answered and answer.facts[0].id == "edu-cs-bachelors-growth"


async def test_a_place_or_organisation_named_alone_gets_its_figure_or_a_choice(kb: KnowledgeBase) -> None:
    # Parity has one measure of Waymo: it answers with the newest edition's figure, or the edition asked.
    await answers_with(kb, "Waymo?", "av-waymo-2025")
    await answers_with(kb, "How big was Waymo in the 2025 AI Index?", "adoption-waymo-rides")
    # Several measures of Singapore: a choice among them, no figure.
    singapore = await kb.answer("Tell me about Singapore")
    assert not singapore.answered
    assert singapore.text.startswith("I have 2 figures about Singapore. Which one do you mean?")
    assert {s.id for s in singapore.suggestions} == {"adoption-country-singapore", "po-trust-govt-singapore"}
    # A year Parity has nothing for about Waymo: said so, with what there is.
    waymo_2023 = await kb.answer("Waymo 2023")
    assert not waymo_2023.answered
    assert waymo_2023.text.startswith("I don't have a sourced figure for that (Waymo; 2023).")
    assert [s.id for s in waymo_2023.suggestions] == ["av-waymo-2025"]
    # Many measures: three of them offered, never a number that was not counted.
    china = await kb.answer("China")
    assert not china.answered
    assert len(china.suggestions) == 3
    assert "Name a measure, or pick one of these:" in china.text


async def test_an_edition_named_alone_offers_what_parity_knows_of_that_report(kb: KnowledgeBase) -> None:
    answer = await kb.answer("What is new in the 2026 AI Index?")
    assert not answer.answered
    assert answer.text.startswith("I have 3 figures about the AI Index 2026.")
    assert {kb.get_fact(s.id).edition for s in answer.suggestions} == {Edition.AI_INDEX_2026}  # type: ignore[union-attr]


async def test_a_fact_that_names_a_place_as_a_yardstick_answers_a_question_about_it(kb: KnowledgeBase) -> None:
    question = "How does AI data center capacity compare with New York's peak demand?"
    await answers_with(kb, question, "energy-dc-power-2025")
    unsure = await kb.answer("Is AI using as much power as New York?")
    assert unsure.suggestions[0].id == "energy-dc-power-2025"  # the one fact that names New York comes first


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("which country uses AI the most per head", "adoption-country-uae"),  # a share of the population
        ("Who leads AI patents per person in 2023?", "patents-per-capita-korea"),
    ],
)
async def test_a_rate_per_person_is_answered_by_one(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    await answers_with(kb, question, fact_id)


async def test_a_year_parity_lacks_offers_the_measure_for_the_year_it_has(kb: KnowledgeBase) -> None:
    answer = await kb.answer("How many AP computer science exams were taken in 2024?")
    assert not answer.answered
    assert answer.suggestions[0].id == "edu-ap-cs-exams-2023"


async def test_two_models_are_compared_on_one_measure(kb: KnowledgeBase) -> None:
    answer = await kb.answer("GPT-4 vs Llama 3.1 training emissions?")
    assert answer.answered
    assert [f.id for f in answer.facts] == ["energy-co2-gpt4", "energy-co2-llama31"]
    # Each model's figure is of its own year: side by side, nothing computed between them.
    assert answer.comparison is not None and answer.comparison.difference is None
    assert "5,184 tonnes CO2 (2023)" in answer.text and "8,930 tonnes CO2 (2024)" in answer.text


async def test_two_models_compared_where_one_has_no_figure_says_so(kb: KnowledgeBase) -> None:
    answer = await kb.answer("Did training Llama 4 produce more CO2 than Llama 3.1?")
    assert not answer.answered
    assert "no sourced figure for Llama 4" in answer.text
    assert [s.id for s in answer.suggestions] == ["energy-co2-llama31"]


async def test_a_thing_compared_in_a_follow_up_stays_asked(kb: KnowledgeBase) -> None:
    answer = await kb.answer(
        "How many driverless rides did Tesla's robotaxi service give in 2025? How does it compare to Waymo?"
    )
    assert not answer.answered
    assert "no sourced figure for Tesla" in answer.text


@pytest.mark.parametrize(
    "question",
    ["help", "again", "come on", "source?", "what is near", '@everyone what is "NEAR( *', "clear", "case"],
)
async def test_one_everyday_word_alone_is_chat_not_a_question(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert not answer.answered, answer.text
    assert "@everyone" not in answer.text


@pytest.mark.parametrize(
    ("question", "fact_id"), [("mmlu", "gap-mmlu-us-china"), ("swe-bench", "bench-swebench-top-2026")]
)
async def test_one_word_of_the_field_alone_still_answers(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    answer = await kb.answer(question)
    assert answer.answered and answer.facts[0].id == fact_id, answer.text


def test_common_english_words_ship_with_the_package() -> None:
    words = common_words()
    assert len(words) == WORDS
    assert {"picked", "exact", "toughest"} <= words
    assert not {"fundng", "instal", "numbr", "chinna"} & words


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A qualifier the fact states itself, in digits or in words, is the fact's.
        ("top score on FrontierMath tier 4 at the end of 2025?", "bench-frontiermath-t4-2026"),
        ("smallest model above 60% on MMLU, how many times smaller?", "models-small-phi3"),
        ("RE-Bench with a 2-hour budget: agents vs human experts?", "bench-agents-rebench"),
        ("share of orgs reporting 3-5 AI incidents in 2025?", "rai-org-incidents-2025"),
        ("Gap between the #1 and #10 models on Chatbot Arena in early 2025?", "gap-top1-top10-arena"),
        ("how many private AI funding rounds over $1 billion were there in 2025?", "inv-billion-deals-2025"),
        # A variant the fact names, and a benchmark named bare, are the fact's.
        ("What did o3 score on GPQA Diamond?", "bench-gpqa-o3"),
        ("US lead over China on MMMU at the end of 2024?", "gap-mmmu-us-china"),
        # "Of the bills proposed, how many passed?" asks for the laws.
        ("of the AI bills proposed in Congress in 2024, how many actually passed?", "policy-congress-passed-2024"),
        (
            "How many AI bills did Congress actually pass in 2024, out of all the ones that got proposed?",
            "policy-congress-passed-2024",
        ),
    ],
)
async def test_a_qualifier_the_fact_states_finds_it(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    answer = await kb.answer(question)
    assert answer.answered and answer.facts[0].id == fact_id, answer.text


@pytest.mark.parametrize(
    "question",
    [
        # Another tier, pass mark, budget, model size or band than the fact's is another figure.
        "what was the top accuracy on FrontierMath tiers 1-3 by the end of 2025?",
        "what was the smallest model to score above 80% on MMLU in 2024?",
        "on RE-Bench with an 8-hour budget, how did AI agents compare to human experts?",
        "what did the AI Index estimate Llama 3 70B cost to train?",
        "What share of organizations reported more than 10 AI incidents in 2025?",
        "what's the gap between the #1 and #20 model on chatbot arena?",
        "how many private AI funding rounds over $500 million were there in 2025?",
        "What share of people expect AI to change how they do their job within the next two years?",
        # Another variant of a benchmark or model.
        "How big was the US lead over China on MMMU-Pro at the end of 2024?",
        "What did o3-mini score on ARC-AGI?",
        "best score on ARC-AGI-3 in early 2026?",
        "what % of SWE-bench Lite did o3 solve in early 2025?",
        # A part left out, or asked beyond.
        "How much did global private AI investment grow in 2025 excluding the US?",
        "How many AI regulations did US federal agencies issue in 2024, not counting the Executive Office?",
        "What was NIH's total AI research funding in 2024, not just ethics?",
        # A share of the whole is not a count; bills passed are not bills proposed; a measure only the statement
        # gives has no figure for the series' other years.
        "What percentage of all clinical trials mentioned AI in 2024?",
        "how many AI bills did the US Congress actually pass in 2023?",
        "what % of US drivers said they trust self-driving cars in AAA's 2023 survey?",
        "what % of US public middle schools offered foundational computer science in 2023-24?",
        # Another half-year, a level rather than a change, a total rather than a rate, a model other than the one
        # named, help given to an agent, and an explanation asked for.
        "what was singapore's population-level ai adoption in the first half of 2025?",  # Parity has the second half
        "China's share seeing AI as net positive in 2025?",  # Parity has its change since 2022, not the level
        "South Korea total AI patents granted 2024?",  # Parity has them per 100,000 people
        "GPT-4o water use per single query?",  # Parity has a year's
        "How much did DeepSeek's R1 reasoning model cost to train? Not V3, specifically R1.",
        "Cybench subtask-guided solve rate in early 2026?",  # Parity has the unguided rate
        "how many ai phds did us n canadian univs award in 2024 total",  # Parity has their growth
        "I'm a policy analyst. Could you walk me through the obligations the EU AI Act imposes on high-risk systems?",
        "waymo driverless fleet size, early 2025?",  # Parity has late 2025's
        "How many rides did Baidu's Apollo Go provide in the third quarter of 2025?",  # Parity has Q3 2024
        "What share of AI patents granted worldwide in 2024 went to South Korea?",  # Parity has its rate per person
        # A group or specialty no fact breaks out, a model's other tier, money asked of a share that only mentions
        # investment, and a count asked of a share of people.
        "in that gpt-4 diagnosis trial what did nurses score",
        "How many AI-enabled radiology devices did the FDA authorize in 2025?",
        "What share of Americans over 65 expect AI to mean fewer jobs?",
        "When do the EU AI Act's high-risk system rules start to apply?",
        "Claude Sonnet 4.5 SWE-bench Verified score?",
        "How much private AI investment was there per person in the US in 2025?",
        "How many AI incidents involving self-driving cars were recorded in 2025?",
        # Private money is not a government's, a contest no fact measures is asked even beside one that is, and a
        # forecast is not a count so far.
        "india private ai investmnet 2024",
        "Since Gemini got IMO gold: how did AI do at the 2025 International Olympiad in Informatics?",
        "how many AI incidents are expected in 2026?",
        "What was US private AI investment per person in 2025?",
        # The full benchmark is not its hard subset; people's own score is not the models'; images are not text; use
        # at work is not a population's use.
        "What was the top score on the full BigCodeBench set (not the hard subset) in 2024?",
        "What do human experts score on Humanity's Last Exam?",
        "What share of new images posted online are AI-generated?",
        "What share of US employees use AI at work regularly?",
        "What success rate did web-browsing agents reach on the Mind2Web test in early 2026?",  # no fact measures it
        "What % of organizations used AI in at least three business functions in 2025?",  # the fact says one
        # Training compute in FLOP is not its cost; lawyers are not the professions the studies measured.
        "How many FLOP did GPT-4 training use?",
        "What productivity gain did the studies find for lawyers?",
        # Another age band; a stock at a year's end is no figure for an earlier year.
        "How much has employment of US software developers aged 30-35 dropped?",
        "How many state-backed AI supercomputing clusters did China have in 2018?",
        # A course on AI is not a computer science course; a model's training is not the market loss it caused.
        "What share of US high schools offer a dedicated AI course?",
        "What dollar figure does the AI Index give for training DeepSeek-R1?",
        # A follow-up comparing with another benchmark or year does not change what the question asks.
        "What was the US lead over China on GPQA at the end of 2024? Did it shrink as much as the MMLU gap?",
        "How many AI-related witnesses testified at US congressional hearings in 2024? Was that more than in 2025?",
        # A model named by its version beside its maker; the year asked, beside one to compare with.
        "How much did DeepSeek actually spend to train R1?",
        "A blog says total AI publications passed 300,000 in 2025. What is the 2025 count, and how does it compare "
        "with 2024?",
        # A place in a ranking past those the report gives; a last question asking another year's figure.
        "Per the 2025 AI Index, which country ranked fourth in private AI investment in 2024?",
        "Did South Korea release more notable AI models in 2025 than in 2024? What was its 2024 count?",
        # Pay and GDP are measures no fact gives; a share asked is not the points it moved.
        "What's the average salary of an AI engineer in the US according to the AI Index?",
        "How much has AI added to US GDP so far?",
        "In the 2026 report what percent of Chinese people say AI has more benefit than drawback in 2025?",
        # Energy per query is not data centres' total use; a count asked "as the actual number" is not its growth; a
        # top score is neither the smallest model past a pass mark nor a price.
        "how many TWh of electricity did AI data centers consume in 2025?",
        "How many AI PhDs did US universities award in 2024? the actual number",
        "What was the top MMLU score in 2024? A blog said 92.3%.",
        "How much energy does a Llama query use?",  # energy per query is measured for other models
        # "Exactly how many" asks a count, not its growth; a year a change is measured from is no year asked.
        "Exactly how many new AI PhDs graduated in the US and Canada in 2024?",
        "What was the US-China gap on HumanEval at the end of 2025, and did it shrink from 2024?",
        "What share of Mexicans said AI has more benefits than drawbacks in 2025, and did that rise from 2024?",
    ],
)
async def test_a_qualifier_the_fact_states_otherwise_is_not_answered(kb: KnowledgeBase, question: str) -> None:
    answer = await kb.answer(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A claim, then a question that only checks it: the claim says what is asked.
        (
            "people keep saying the US out-invested China in private AI about 20 to 1 in 2024. Is that accurate?",
            "inv-us-vs-china-ratio",
        ),
        (
            "someone claimed the US had around 150k AI authors and inventors in 2025. sounds low, what's the real "
            "number?",
            "talent-us-authors-2025",
        ),
        # A country describing its own company is not a second thing asked about.
        ("how much did that cheap chinese model deepseek v3 supposedly cost to train?", "cost-training-deepseek-v3"),
        (
            "when that chinese deepseek r1 model came out in january 2025, how much market value did the big us tech "
            "stocks lose?",
            "context-deepseek-market-shock",
        ),
        (
            "how accurate was that microsoft ai doctor system on the hard cases from the new england medical journal?",
            "sm-mai-dxo",
        ),
        # "The 2024 Stanford AI report" is the 2024 edition; the original ChatGPT is GPT-3.5.
        (
            "in the 2024 stanford ai report, how much did it cost openai in compute to train gpt-4?",
            "cost-training-gpt4-2024ed",
        ),
        (
            "how much cheaper did it get to use an AI about as smart as the original chatgpt, between late 2022 and "
            "late 2024?",
            "cost-inference-280x",
        ),
        ("Percent of Mexicans who think AI helps more than hurts?", "po-optimism-mexico"),
        ("Did China's slice of global robot installs grow in 2024?", "robots-china-share-2024"),
        ("Which country had the most newly funded AI companies in 2024?", "inv-newly-funded-us-2024"),
        # A sentence that names its subject uses "it" for it; a numbered variant may be written either way.
        (
            "Robotaxis everywhere in SF now. How many trips a week was Waymo logging by late 2025, and how does it "
            "compare to early 2025?",
            "av-waymo-2025",
        ),
        ("wat accuarcy did ai agents hit on terminal bench v2 by early 2026 pls", "bench-terminal-bench-2026"),
        ("How much did funding for content-generating machine intelligence grow in 2025?", "inv-genai-growth-2025"),
        # A figure quoted to be checked is weak evidence; a date "on which" a report was published is its release.
        ("how many pages is the 2026 ai index report, someone said 300 but idk", "meta-pages-2026"),
        (
            "I'm citing the report in a paper and need the exact date on which Stanford HAI published the 2025 edition "
            "of the AI Index.",
            "meta-release-date-2025",
        ),
        ("How big are robotaxi servcies now?", "av-waymo-2025"),  # a misspelt plural
        # An organisation naming someone's role is not asked about, and "ex-" there means former, not "excluding".
        (
            "How many years ahead of China did ex-Google boss Eric Schmidt say the US was in AI in May 2024?",
            "context-schmidt-2-3-years",
        ),
        # A half of the year the fact states, and two letters swapped in a place's name.
        ("How large was Waymo's robotaxi service in early 2025?", "adoption-waymo-rides"),
        ("How much private AI investmnet did the United Staets get in 2024?", "inv-us-private-2024"),
        (
            "Congress seems to talk about AI nonstop. How many of the AI-related bills proposed in Congress in 2024 "
            "actually passed?",
            "policy-congress-passed-2024",
        ),
        # A claim from outside the report, about someone named, whatever edition sets the scene.
        ("According to the 2025 AI Index, what did Eric Schmidt say about the US lead?", "context-schmidt-2-3-years"),
        ("Did Eric Schmidt think China was close behind the US in AI in 2024?", "context-schmidt-2-3-years"),
        # A group's share of a whole is no age ("over 60%"), a tier named before the version is the model's own.
        (
            "by what factor did the smallest model scoring over 60% on MMLU shrink between 2022 and 2024?",
            "models-small-phi3",
        ),
        ("Claude Opus 4.5 SWE-bench Verified score?", "bench-swebench-top-2026"),
        # A plural abbreviation counts what it stands for; academia is academic institutions.
        (
            "how many ai-related regs did us federal agencies put out in 2024, i heard it doubled",
            "policy-us-federal-regs-2024",
        ),
        ("Academia's count among 2023's top-100 cited AI papers?", "research-academia-top100"),
        # "The best model to" compares here; a decade is no year; "it" keeps the country named before; a year to
        # compare with beside the edition is a baseline; the newest ranking of two places named.
        ("How close is the best model to human experts on MMMU now?", "bench-mmmu-2026"),
        (
            "Is GPU computing dramatically cheaper than it was in the mid-2000s? By how much has the cost fallen?",
            "hardware-gpu-cost-decline",
        ),
        (
            "Is the US pulling further ahead in generative AI funding? By how much did it outspend China, the EU and "
            "the UK combined in 2024?",
            "inv-genai-us-lead",
        ),
        (
            "In the 2024 AI Index, how well did GPT-4 Medprompt do on MedQA, and how much better was that than "
            "2022's best?",
            "sm-medqa-2023",
        ),
        ("Which country leads in AI skill penetration now, the US or India?", "edu-ai-skill-penetration"),
        # A claim, then a question about it: the claim says what is asked; a figure quoted from someone is no
        # qualifier; the thing counted decides between siblings.
        (
            "My notes say the 2024 AI Index reported 149 AI incidents for 2023. Is that the number that edition gave?",
            "rai-incidents-2023",
        ),
        (
            "Launch coverage of the 2026 AI Index put China's 2025 notable-model count at 30. Does the report say 30?",
            "models-notable-china-2025",
        ),
        ("A site said the 2026 AI Index is 'more than 300 pages'. How many pages is it exactly?", "meta-pages-2026"),
        ("How many distinct federal agencies issued AI rules in 2024?", "policy-us-federal-agencies-2024"),
        # Descriptions: computing power is compute, emissions put into the air are no investment, answers that can't
        # be googled are GPQA's, "at least one part of their operations" is any business function, bills turned into
        # law passed.
        (
            "Every how many months does the computing power used to train the headline AI models double?",
            "compute-training-doubling",
        ),
        ("How many tonnes of CO2 is the training of GPT-4 estimated to have put into the air?", "energy-co2-gpt4"),
        (
            "Within about a year of its 2023 launch, how many points did the best scores climb on the PhD-level "
            "science quiz built so the answers can't simply be googled?",
            "bench-gpqa-gain",
        ),
        (
            "In 2024, what share of businesses said they were using AI in at least one part of their operations?",
            "adoption-orgs-2024",
        ),
        ("State lawmakers across America turned how many AI bills into law in 2024?", "policy-us-state-laws-2024"),
        # A figure that is most of what is asked; a pair a fact is about; the world asked; a whole that mentions the
        # part asked beyond; "by what factor" asks the sourced ratio; "did most …" asks a majority, no ranking.
        ("8.7 times China?", "inv-us-china-ratio-2023"),
        ("US vs Chinese model training cost?", "cost-training-us-frontier-range"),
        ("Is the world becoming more optimistic about AI?", "po-optimism-global-2025"),
        (
            "What was total corporate investment in AI globally in 2024, counting mergers and acquisitions and not "
            "just startup funding?",
            "inv-corporate-global-2024",
        ),
        ("By what factor did US private AI investment exceed the UK's in 2024?", "inv-us-vs-uk-ratio"),
        ("Did most companies use AI in 2024?", "adoption-orgs-2024"),
        # "Not cumulative" asks one year's; someone quoted is the claim's source, not what is asked (unless a fact is
        # about their claim); a place asked about as one of those counted is not the place asked.
        ("California AI laws enacted in 2024 (just that year, not cumulative)?", "policy-california-laws-2024"),
        (
            "What was the 2024 AI Index's estimate of GPT-4's training compute cost? Sam Altman said over 100M, I want "
            "the Index number",
            "cost-training-gpt4-2024ed",
        ),
        ("Eric Schmidt said the US was 2-3 years ahead. By how many years did he say?", "context-schmidt-2-3-years"),
        (
            "Is China among the countries with a fully operational AI safety institute? How many countries have one?",
            "policy-ai-safety-institutes",
        ),
        # A date claimed is what is checked, not the period asked; an age band written "22-25 yr old".
        ("The EU AI Act's first bans took effect in August 2024, right?", "policy-eu-ai-act-start"),
        ("by how much has employment for 22-25 yr old software devs dropped", "labor-young-developers"),
        # A claim that someone leads is checked against the ranking, whoever is named; who made a claim is not what is
        # asked; the AI Index named as the source asks its figure, not the company's own.
        (
            "Someone says Anthropic topped the 2025 Foundation Model Transparency Index. Is that right?",
            "rai-fmti-companies-2025",
        ),
        (
            "I heard Europe has the most state-backed AI supercomputing clusters. Is that what the 2026 AI Index "
            "found?",
            "policy-supercomputers-china",
        ),
        (
            "Someone in a meetup said AI hardware only gets about 10% more energy-efficient each year. Is that the AI "
            "Index number?",
            "hardware-energy-efficiency",
        ),
        (
            "A newsletter claimed the AI Index put DeepSeek-V3's training cost at $60 million. Is that right?",
            "cost-training-deepseek-v3",
        ),
        ("What did DeepSeek itself say V3's final training run cost?", "context-deepseek-v3-claimed-cost"),
        # "The second half of 2025" is no second place; a place the fact itself ranks is named.
        (
            "Which country had the highest population-level AI adoption in the second half of 2025?",
            "adoption-country-uae",
        ),
        ("Which country is third in notable AI models?", "models-korea-rank-2025"),
        # The question's own words find the facts, not the context's; a year said only before the question, that of
        # the edition it names, is when that edition was read; "how good is the best AI at …" asks no advice.
        (
            "I'm a software engineer in Warsaw preparing a short talk for our meetup about Chinese coding models. "
            "Going back a bit, how big was the American lead over China on the HumanEval coding benchmark at the end "
            "of 2023, as the 2025 AI Index reported it?",
            "gap-humaneval-us-china",
        ),
        (
            "I'm revisiting an article I wrote in spring 2024. Back then, what training-compute cost did the 2024 "
            "edition of the AI Index (the seventh one) estimate for Google's Gemini Ultra?",
            "cost-training-gemini-ultra-2024ed",
        ),
        ("How good is best AI for read analog clock? The 2026 report give which percent?", "bench-clockbench-2026"),
        # "Which state … the US": one of its states; the EU and Europe named together are one place.
        ("Which state in the US has passed the most AI laws?", "policy-california-laws"),
        # A claim said after the question, or beside a "which" question, is checked, not asked; "told us" is no US.
        (
            "How many chapters does the 2026 AI Index have? I heard it's eight, same as the previous edition.",
            "meta-structure-2026",
        ),
        ("How many pages is the 2026 AI Index? A site said 'more than 300 pages'.", "meta-pages-2026"),
        (
            "How fast is the energy efficiency of AI hardware improving each year, per the 2025 AI Index? A professor "
            "told us about 40%.",
            "hardware-energy-efficiency",
        ),
        (
            "Which country trusts its own government most to regulate AI in the 2026 AI Index, and what's the share? I "
            "heard it was Indonesia at 81%.",
            "po-trust-govt-singapore",
        ),
        (
            "A friend said India had the fastest growth in new industrial robot installs in 2024. Who does the 2026 AI "
            "Index say grew fastest, and by what percentage?",
            "robots-taiwan-growth-2024",
        ),
        # The edition named is asked: a claim beside it ("some sites say the 14th") does not drown it.
        ("When did the 2026 AI Index come out? some sites say the 14th", "meta-release-date-2026"),
        # A year to compare with, beside the edition named, is a baseline even alone.
        (
            "What share of countries offer or plan to offer K-12 computer science according to the 2025 AI Index, and "
            "how does that compare with 2019?",
            "edu-k12-cs-countries",
        ),
        (
            "What share of people in Great Britain think AI is more beneficial than harmful in the 2025 AI Index, and "
            "how much did that change since 2022?",
            "po-optimism-gb",
        ),
        # A question that points back at the claim ("does the report put a number on that?") is asked by it.
        (
            "An article says GPU compute has become about 99% cheaper over the last two decades. Does the 2026 AI "
            "Index put a number on that, and from which year?",
            "hardware-gpu-cost-decline",
        ),
        (
            "Someone on X said the best model scored around 60 on the hard subset of BigCodeBench in the 2025 AI "
            "Index. True? And how does that stack up against humans?",
            "bench-bigcodebench-hard",
        ),
        (
            "Our EU policy newsletter said European institutions produced 10 notable AI models in 2024. Does the AI "
            "Index agree with that?",
            "models-notable-europe-2024",
        ),
        (
            "Which country had the highest AI talent concentration in 2024, and which came second?",
            "talent-concentration-israel",
        ),
        (
            "what percent of 2024's notable ai modles were built by industy rather than academia?",
            "models-industry-share-2024",
        ),
        (
            "Did the count of federal AI-related regulations change? How many did US federal agencies issue in 2025?",
            "policy-us-federal-regs-2025",
        ),
        ("gap between the first- and tenth-ranked models on Chatbot Arena in early 2025?", "gap-top1-top10-arena"),
        ("how many AI medical devices did the FDA approve in 2023, not 2022?", "sm-fda-devices-2023"),
        # An ordinal is understood, not a word about something else.
        (
            "when did the 2024 ai index (the 7th one) actually drop? need the exact date for a citation 🙏",
            "meta-release-date-2024",
        ),
        # What a figure is set against is no forecast; the asker's age is not a figure asked.
        ("Is the UAE's AI usage rate higher than its income level would predict?", "adoption-country-uae"),
        (
            "as a 23yo junior dev i'm kinda scared 😬 how much has employment dropped for devs aged 22-25?",
            "labor-young-developers",
        ),
    ],
)
async def test_claims_descriptions_and_other_names(kb: KnowledgeBase, question: str, fact_id: str) -> None:
    answer = await kb.answer(question)
    assert answer.answered and answer.facts[0].id == fact_id, answer.text


async def test_an_edition_coverage_wrongly_credits_gets_the_figure_with_a_correction(kb: KnowledgeBase) -> None:
    # The seed articles call the AI Index 2025 the "AI Index Report 2024": its figure, saying which edition gave it.
    answer = await kb.answer("How big was the US-China MMLU gap reported in the 2024 AI Index?")
    assert answer.answered and answer.facts[0].id == "gap-mmlu-us-china", answer.text
    assert "from the AI Index 2025, not the AI Index 2024" in answer.text
    # An edition that does have the measure is honoured: the 2024 edition's own release date, not the 2025 one's.
    dated = await kb.answer("When was the 2024 AI Index released?")
    assert dated.answered and dated.facts[0].id == "meta-release-date-2024", dated.text


async def test_an_edition_cited_for_a_year_it_came_out_too_early_for_gets_the_next_editions_figure(
    kb: KnowledgeBase,
) -> None:
    # Coverage that cites the 'AI Index Report 2024' for 2024's figures means the 2025 edition: the answer says so.
    answer = await kb.answer(
        "The 'AI Index Report 2024' released on April 7 says private AI investment grew 44.5% in 2024. Is that right?"
    )
    assert answer.answered and answer.facts[0].id == "inv-private-growth-2024", answer.text
    assert "from the AI Index 2025, not the AI Index 2024" in answer.text
    assert "came out before figures for 2024 existed" in answer.text
    # Named plainly, the edition is honoured: the 2024 edition has no Ipsos survey size.
    plain = await kb.answer("How many adults did Ipsos survey for the public-opinion chapter of the 2024 AI Index?")
    assert not plain.answered, plain.text


async def test_a_place_left_out_of_a_ranking_is_no_hedge(kb: KnowledgeBase) -> None:
    # "Excluding the US" asks for a part no fact gives; in a ranking it only leaves a place out.
    hedged = await kb.answer("How much did global private AI investment grow in 2025 excluding the US?")
    assert not hedged.answered, hedged.text
    ranked = await kb.answer("Which country installed the most industrial robots in 2024, excluding China?")
    assert ranked.answered and ranked.facts[0].entities[0] != "China", ranked.text


async def test_an_answer_names_another_editions_figure_on_a_neighbouring_measure(kb: KnowledgeBase) -> None:
    # The 2026 edition counts Apollo Go's rides in a year; the 2025 edition counted them in a quarter.
    answer = await kb.answer("How many rides does Baidu Apollo Go provide?")
    assert answer.answered and answer.facts[0].id == "av-apollo-go-2025"
    assert "Related (AI Index 2025): Baidu Apollo Go quarterly robotaxi rides in China: 988,000" in answer.text
    assert "adoption-apollo-go" in [f.id for f in answer.facts]
    # The report's own pages, chapters and release date are not one measure.
    pages = await kb.answer("How many pages is the 2026 AI Index?")
    assert "Related" not in pages.text
