"""Demo quiz questions for the course "Commissioning and mutualisation".

One quiz per module, keyed by module slug. Each question names the lesson (by slug) that teaches the point, and
its general feedback points back to that lesson by title.

Source: Department for Communities and Local Government, "Memorandum to the Communities and Local Government
Commons Departmental Select Committee: Government response to the Communities and Local Government Select
Committee's Report: Mutual and co-operative approaches to delivering local services" (February 2013), Crown
copyright, re-used under the Open Government Licence. Questions about 2013 say so in their text. Later facts
(Procurement Act 2023, the Commissioning Academy after 2013) come from the project's REFERENCE.md and DESIGN.md.

Plain data: no Django or Wagtail imports, so it can be loaded by a management command, a migration or a test.
"""

from typing import Any

QUIZZES: dict[str, dict[str, Any]] = {
    "public-service-mutuals": {
        "title": "Check your understanding: Public service mutuals",
        "intro": (
            "<p>These questions check your understanding of the module ‘Public service mutuals’. They cover what a "
            "public service mutual is, how quickly mutuals grew and where they came from in local "
            "government.</p><p>Many questions describe the position in the February 2013 government response to the "
            "Communities and Local Government Select Committee, and say so. Things have moved on since then, and where "
            "a question is about the law today it says so. You need 70% to pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "Spotting a public service mutual (scenario)",
                "lesson": "what-is-a-public-service-mutual",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>In 2013, the government promoted a clear definition of a public service mutual. Which of "
                        "these organisations fits that definition?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Cabinet Office defined a public service mutual as an organisation that has "
                        "spun out of the public sector, continues to deliver public services and involves a high "
                        "degree of employee control. An organisation needs all three.</p><p>Revisit the lesson ‘What "
                        "is a public service mutual?’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "A team of council youth workers who have left the council to set up their own "
                                "organisation, which they control, and which still runs the area’s youth service under "
                                "contract"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. It has spun out of the public sector, it still delivers a public service, "
                                "and its staff have a high degree of control. It meets all three parts of the 2013 "
                                "definition.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": (
                                "A residents’ co-operative, set up from scratch by local people, that bids for council "
                                "housing contracts"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. It may be a co-operative, but it never spun out of the public sector, "
                                "which was the first part of the 2013 definition.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": (
                                "A group of former council planners who now sell consultancy advice to private "
                                "developers"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. They have left the public sector, but they no longer deliver public services, "
                                "so they miss the second part of the definition.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": (
                                "A company wholly owned by the council, whose board is appointed by councillors and "
                                "whose staff have no say in how it is run"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. It delivers public services, but there is no real employee control, which was "
                                "the third part of the definition.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Three parts of the 2013 definition",
                "lesson": "what-is-a-public-service-mutual",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>A council’s occupational therapy team is thinking about becoming a mutual. According to "
                        "the 2013 government response, which <strong>three</strong> features made an organisation a "
                        "public service mutual under the definition the government promoted?</p>"
                    ),
                    "general_feedback": (
                        "<p>The 2013 definition had three parts: spun out of the public sector, continues to deliver "
                        "public services, and a high degree of employee control.</p><p>Revisit the lesson ‘What is a "
                        "public service mutual?’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "It has spun out of the public sector",
                            "fraction": 0.3333333,
                            "feedback": "<p>Yes. A public service mutual starts life inside the public sector.</p>",
                        },
                        {
                            "id": "b",
                            "text": "It continues to deliver public services",
                            "fraction": 0.3333333,
                            "feedback": "<p>Yes. After spinning out, it carries on delivering public services.</p>",
                        },
                        {
                            "id": "c",
                            "text": "It involves a high degree of employee control",
                            "fraction": 0.3333334,
                            "feedback": "<p>Yes. Staff have a high degree of control over the organisation.</p>",
                        },
                        {
                            "id": "d",
                            "text": "It is registered as a co-operative society",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. The definition did not require any particular legal form. The select committee "
                                "had found confusion about what counts as a co-operative or mutual, which is why a "
                                "clear definition mattered.</p>"
                            ),
                        },
                        {
                            "id": "e",
                            "text": "It is owned by the people who use its services",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. User ownership is a feature of some co-operatives, but the 2013 definition was "
                                "about employee control, not ownership by service users.</p>"
                            ),
                        },
                        {
                            "id": "f",
                            "text": "It has charitable status",
                            "fraction": -0.3333333,
                            "feedback": "<p>No. Charitable status was not part of the definition.</p>",
                        },
                    ],
                    "scoring": "partial",
                    "shuffle": True,
                },
            },
            {
                "name": "Employee control, not full ownership",
                "lesson": "what-is-a-public-service-mutual",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the government’s definition said that a public service mutual had "
                        "to be wholly owned by its employees.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the definition focused on employee control rather than any set pattern of "
                        "ownership.</p><p>Revisit the lesson ‘What is a public service mutual?’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. The definition asked for ‘a high degree of employee control’. It did not say "
                        "that employees had to own the whole organisation.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. The definition asked for a high degree of employee control, not full employee "
                        "ownership.</p>"
                    ),
                },
            },
            {
                "name": "Mutuals from local government",
                "lesson": "mutuals-in-local-government",
                "spec": {
                    "type": "numeric",
                    "text": (
                        "<p>According to the 2013 government response, how many public service mutuals had already "
                        "spun out of local government services? Enter a whole number.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 around 19 mutuals had spun out of local government, and the Cabinet Office had "
                        "engaged with over 70 local authorities interested in supporting employee-led "
                        "mutuals.</p><p>Revisit the lesson ‘Mutuals in local government’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "value": 19.0,
                            "tolerance": 0.0,
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Correct. Nineteen mutuals had spun out of local government services, including "
                                "adult social care, libraries, children’s services and housing.</p>"
                            ),
                        },
                        {
                            "value": 66.0,
                            "tolerance": 0.0,
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. 66 was the total number of public service mutuals across the whole "
                                "public sector in January 2013, not just those from local government.</p>"
                            ),
                        },
                        {
                            "value": 70.0,
                            "tolerance": 0.0,
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. ‘Over 70’ is the number of local authorities the Cabinet Office had "
                                "worked with, not the number of mutuals.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "name": "Growth figures",
                "lesson": "how-mutuals-grew",
                "spec": {
                    "type": "matching",
                    "text": (
                        "<p>According to the 2013 government response, match each description to the right figure.</p>"
                    ),
                    "general_feedback": (
                        "<p>The number of public service mutuals grew seven-fold, from 9 in 2010 to 66 in January "
                        "2013, across around 13 sectors. Nineteen of them came from local government.</p><p>Revisit "
                        "the lesson ‘How mutuals grew’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "pairs": [
                        {
                            "id": "p1",
                            "prompt": "<p>Number of public service mutuals in 2010</p>",
                            "answer": "9",
                        },
                        {
                            "id": "p2",
                            "prompt": "<p>Number of public service mutuals in January 2013</p>",
                            "answer": "66",
                        },
                        {
                            "id": "p3",
                            "prompt": "<p>How much the number of mutuals grew between 2010 and January 2013</p>",
                            "answer": "Seven-fold",
                        },
                        {
                            "id": "p4",
                            "prompt": "<p>Number of different sectors in which mutuals were appearing</p>",
                            "answer": "Around 13",
                        },
                    ],
                    "distractors": ["Around 30", "Three-fold"],
                },
            },
            {
                "name": "Lead department for mutuals",
                "lesson": "how-mutuals-grew",
                "spec": {
                    "type": "short_text",
                    "text": (
                        "<p>In 2013, which government department led the work to support the creation and growth of "
                        "employee-led mutuals in the public sector?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Cabinet Office led the work on employee-led mutuals. The Department for "
                        "Communities and Local Government (DCLG) worked alongside it on local government and the "
                        "Community Right to Challenge.</p><p>Revisit the lesson ‘How mutuals grew’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "text": "Cabinet Office",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. The Cabinet Office led this work.</p>",
                        },
                        {
                            "text": "the Cabinet Office",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. The Cabinet Office led this work.</p>",
                        },
                        {
                            "text": "*Cabinet Office*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. The Cabinet Office led this work.</p>",
                        },
                        {
                            "text": "DCLG",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. DCLG worked closely with the Cabinet Office, especially on local "
                                "government and the Community Right to Challenge, but the Cabinet Office led the "
                                "mutuals work.</p>"
                            ),
                        },
                        {
                            "text": "*Communities and Local Government*",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. DCLG worked closely with the Cabinet Office, especially on local "
                                "government and the Community Right to Challenge, but the Cabinet Office led the "
                                "mutuals work.</p>"
                            ),
                        },
                    ],
                    "case_sensitive": False,
                    "normalise_whitespace": True,
                },
            },
            {
                "name": "Where interest was strongest",
                "lesson": "mutuals-in-local-government",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>In 2013, the government response said one area of local services had attracted particular "
                        "interest in mutualisation, as authorities looked for more efficient ways to deliver core "
                        "services. Which was it?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013, 19 mutuals had spun out of local government services including adult social care, "
                        "libraries, children’s services, housing and integrated health and social care. There was "
                        "particular interest in social care.</p><p>Revisit the lesson ‘Mutuals in local government’ "
                        "for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "Social care",
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. The response singled out social care. Adult social care and integrated "
                                "health and social care were among the services that mutuals had already come from.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "Planning and building control",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response did not single out planning. It named social care as the area of "
                                "particular interest.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "Council tax and benefits administration",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response did not mention these services. It pointed to social care.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "Highways maintenance",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response pointed to social care as the area of particular interest.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Fire and rescue services",
                "lesson": "mutuals-in-local-government",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the government said it was working to remove barriers so that fire "
                        "and rescue authorities in England could mutualise services.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government was working to let fire and rescue authorities in England mutualise "
                        "services and contract to provide the full range of activities.</p><p>Revisit the lesson "
                        "‘Mutuals in local government’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": True,
                    "feedback_true": (
                        "<p>Correct. The Cabinet Office and DCLG were working together to remove barriers so that fire "
                        "and rescue authorities in England could mutualise services and contract to provide the full "
                        "range of activities.</p>"
                    ),
                    "feedback_false": (
                        "<p>Not quite. The response did say this: the Cabinet Office and DCLG were working together to "
                        "remove those barriers.</p>"
                    ),
                },
            },
        ],
    },
    "commissioning-for-outcomes": {
        "title": "Check your understanding: Commissioning for outcomes",
        "intro": (
            "<p>These questions check your understanding of the module ‘Commissioning for outcomes and social value’. "
            "They cover open commissioning, social value and why no sector is favoured.</p><p>Many questions describe "
            "the position in the February 2013 government response to the Communities and Local Government Select "
            "Committee, and say so. Things have moved on since then, and where a question is about the law today it "
            "says so. You need 70% to pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "No services off limits",
                "lesson": "open-commissioning",
                "spec": {
                    "type": "numeric",
                    "text": (
                        "<p>According to the 2013 government response, what percentage of council leaders and chief "
                        "executives considered that no services or functions were off limits for future outsourcing? "
                        "Enter a number without the % sign.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013, 82% of council leaders and chief executives expected to take on a greater role as "
                        "strategic commissioning organisations, and 89% said no services or functions were off limits "
                        "for future outsourcing. The government took this as a sign that there was no lack of "
                        "will.</p><p>Revisit the lesson ‘Open commissioning’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "value": 89.0,
                            "tolerance": 0.0,
                            "fraction": 1.0,
                            "feedback": "<p>Correct. 89% said no services or functions were off limits.</p>",
                        },
                        {
                            "value": 82.0,
                            "tolerance": 0.0,
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. 82% is the share who said they would take on a greater role as a "
                                "strategic commissioning organisation.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "name": "The challenge for local government",
                "lesson": "open-commissioning",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>According to the 2013 government response, what was the main challenge for local "
                        "government on open commissioning?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said the challenge was to extend open commissioning to services "
                        "that were not yet open or only partly open, and that opening services to a wide range of "
                        "suppliers benefits service users and taxpayers.</p><p>Revisit the lesson ‘Open commissioning’ "
                        "for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "To extend open commissioning to services that were not yet open, or only partly open, "
                                "to other providers"
                            ),
                            "fraction": 1.0,
                            "feedback": "<p>Right. The response said this was the challenge for local government.</p>",
                        },
                        {
                            "id": "b",
                            "text": "To persuade reluctant council leaders that outsourcing could ever be right",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response said there was no lack of will: 89% of leaders and chief "
                                "executives saw no services as off limits.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "To cut the number of suppliers so that contracts were easier to manage",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The government wanted services opened to as wide a range of suppliers as "
                                "possible, which it saw as good for both service users and taxpayers.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "To move every council service into a mutual by a set date",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The government did not favour any one sector and set no such target.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Lack of will?",
                "lesson": "open-commissioning",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? According to the 2013 government response, the main thing holding back open "
                        "commissioning in local government was a lack of will among local authorities.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 most council leaders and chief executives were ready to open up services; the gaps "
                        "were in commissioning skills and procurement behaviours.</p><p>Revisit the lesson ‘Open "
                        "commissioning’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. The response said there was ‘no lack of will’. Council leaders pointed instead "
                        "to a lack of commissioning skills and unhelpful procurement behaviours.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. The response said there was no lack of will. The barriers were skills and "
                        "entrenched procurement behaviours.</p>"
                    ),
                },
            },
            {
                "name": "Is being a mutual social value? (scenario)",
                "lesson": "social-value",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>A council is about to tender a community transport service. A councillor suggests giving "
                        "extra marks to any bidder that is a mutual or co-operative, ‘because they create social "
                        "value’. Based on the 2013 government response, what is the best reply?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said the social value of a commissioning exercise is defined within "
                        "the service itself and its outcomes, not the legal identity of the organisations tendering. "
                        "Co-operatives and mutuals may be better placed to deliver it, but this must be tested "
                        "objectively.</p><p>Revisit the lesson ‘Social value’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "Social value is defined by the service and the outcomes it achieves, not by the "
                                "bidder’s legal form. A mutual may well be better placed to deliver it, but that must "
                                "be tested objectively in the procurement."
                            ),
                            "fraction": 1.0,
                            "feedback": "<p>Right. This is the position the government set out in 2013.</p>",
                        },
                        {
                            "id": "b",
                            "text": (
                                "Agree: the Social Value Act lets authorities give extra marks for being a mutual or "
                                "co-operative."
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response was clear that social value is about the service and its "
                                "outcomes, not the legal identity of the organisations tendering.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "Social value cannot be considered at all, because it would favour one sector.",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Authorities had to consider social value. The point is to judge it through "
                                "outcomes, tested objectively, rather than by who the bidder is.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": (
                                "Social value only needs to be looked at after the contract is awarded, as part of "
                                "contract management."
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The Social Value Act requires authorities to consider social value at the "
                                "pre-procurement stage, before the tender goes out.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "When to consider social value",
                "lesson": "social-value",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the Social Value Act, which came into force on 31 January 2013, "
                        "required public authorities to consider social value at the pre-procurement stage.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Social Value Act came into force on 31 January and required public authorities "
                        "to consider social value before procuring. Authorities running a procurement after a "
                        "successful Community Right to Challenge expression of interest also had to consider social "
                        "value.</p><p>Revisit the lesson ‘Social value’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": True,
                    "feedback_true": (
                        "<p>Correct. Social value has to be considered before the procurement starts, when the "
                        "authority is deciding what it wants the service to achieve.</p>"
                    ),
                    "feedback_false": (
                        "<p>Not quite. The Act did require public authorities to consider social value at the "
                        "pre-procurement stage.</p>"
                    ),
                },
            },
            {
                "name": "Guidance on the Social Value Act",
                "lesson": "social-value",
                "spec": {
                    "type": "short_text",
                    "text": (
                        "<p>In 2013, the government response said the Cabinet Office had published a document on 20 "
                        "December 2012 setting out the steps commissioners and procurers should take because of the "
                        "Social Value Act. What type of document was it?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Cabinet Office’s Procurement Policy Note of 20 December 2012 set out the steps "
                        "commissioners and procurers should take under the Social Value Act.</p><p>Revisit the lesson "
                        "‘Social value’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "text": "Procurement Policy Note",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. It was a Procurement Policy Note.</p>",
                        },
                        {
                            "text": "a Procurement Policy Note",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. It was a Procurement Policy Note.</p>",
                        },
                        {
                            "text": "*Procurement Policy Note*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. It was a Procurement Policy Note.</p>",
                        },
                        {
                            "text": "*PPN*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. It was a Procurement Policy Note (PPN).</p>",
                        },
                    ],
                    "case_sensitive": False,
                    "normalise_whitespace": True,
                },
            },
            {
                "name": "No presumption for any sector",
                "lesson": "no-presumption-for-any-sector",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>A procurement panel is arguing about whether the council should prefer one kind of "
                        "provider. According to the 2013 government response, which of these statements reflect the "
                        "government’s position?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said there was no ideological presumption in favour of one sector: "
                        "its role was to create an open framework in which a diverse range of providers could compete, "
                        "with bids judged on their merits.</p><p>Revisit the lesson ‘No presumption for any sector’ "
                        "for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "There is no ideological presumption in favour of any one sector delivering services"
                            ),
                            "fraction": 0.3333333,
                            "feedback": "<p>Yes. The response said this in so many words.</p>",
                        },
                        {
                            "id": "b",
                            "text": "It is not the job of government to specify which sector delivers which service",
                            "fraction": 0.3333333,
                            "feedback": "<p>Yes. Government does not decide which sector should deliver what.</p>",
                        },
                        {
                            "id": "c",
                            "text": (
                                "Government’s main role is to create an open framework that supports a diverse range "
                                "of providers"
                            ),
                            "fraction": 0.3333334,
                            "feedback": "<p>Yes. An open framework for a diverse range of providers was the aim.</p>",
                        },
                        {
                            "id": "d",
                            "text": "Councils should prefer mutuals whenever social value is at stake",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. Mutuals may be better placed to deliver social value, but the response said "
                                "this must be tested objectively, not assumed.</p>"
                            ),
                        },
                        {
                            "id": "e",
                            "text": "Services should stay in-house unless outsourcing is shown to be cheaper",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. The response argued for opening services to as wide a range of suppliers as "
                                "possible; it did not make in-house delivery the default.</p>"
                            ),
                        },
                        {
                            "id": "f",
                            "text": "Government should decide centrally which services suit the private sector",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. The response said it is not the job of government to specify which sector "
                                "delivers what service.</p>"
                            ),
                        },
                    ],
                    "scoring": "partial",
                    "shuffle": True,
                },
            },
            {
                "name": "What the Committee asked for",
                "lesson": "no-presumption-for-any-sector",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the select committee asked the government to change its statutory "
                        "guidance on the Community Right to Challenge, and its guidance on council procurement, to "
                        "reflect the social value of employee ownership and co-operative approaches.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the select committee argued that employee ownership, and the wider benefits of "
                        "co-operative approaches such as more involvement of users and communities, offer social "
                        "value, and asked for the guidance to reflect this. The government replied that social value "
                        "lies in the service and its outcomes, not in the legal form of the bidder, and must be tested "
                        "objectively.</p><p>Revisit the lesson ‘No presumption for any sector’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": True,
                    "feedback_true": (
                        "<p>Correct. The committee asked for both changes. The government replied that social value "
                        "lies in the service and its outcomes, not in who the bidder is.</p>"
                    ),
                    "feedback_false": (
                        "<p>Not quite. The committee did ask for both changes. The government replied that social "
                        "value lies in the service and its outcomes, not in who the bidder is.</p>"
                    ),
                },
            },
        ],
    },
    "right-to-challenge-and-support": {
        "title": "Check your understanding: Right to Challenge and support",
        "intro": (
            "<p>These questions check your understanding of the module ‘The Community Right to Challenge and the "
            "support programmes’. They cover the Community Right to Challenge, the support programmes and where to "
            "find guidance and evidence.</p><p>Many questions describe the position in the February 2013 government "
            "response to the Communities and Local Government Select Committee, and say so. Things have moved on since "
            "then, and where a question is about the law today it says so. You need 70% to pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "When the Right to Challenge helps most (scenario)",
                "lesson": "community-right-to-challenge",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>Staff in a council’s library service want to run the service as an employee-led mutual. "
                        "According to the 2013 government response, in which situation would the Community Right to "
                        "Challenge be particularly useful to them?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said the Community Right to Challenge gave council employees a way "
                        "to set out proposals to deliver services as a mutual, and would be particularly useful to "
                        "staff who felt their ideas were not being listened to by their council. Many new mutuals, "
                        "though, had spun out in close collaboration with their council.</p><p>Revisit the lesson ‘The "
                        "Community Right to Challenge’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "When they feel their ideas are not being listened to by the council",
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. The government expected the right to be particularly useful to staff who "
                                "felt their ideas were not being listened to. It gave them a lever where the council "
                                "did not support their plans.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "When the council already supports the spin-out and is working closely with them",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Many new mutuals had spun out in close collaboration with their council "
                                "without needing the right. It was a lever for when that support was missing.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": (
                                "When they want the council to hand the service over to them without any competition"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. An accepted expression of interest leads to a procurement exercise, in which "
                                "other providers can bid.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "When the service is run by a central government department",
                            "fraction": 0.0,
                            "feedback": "<p>No. The right is about services that councils run.</p>",
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Who could use the Right to Challenge",
                "lesson": "community-right-to-challenge",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>According to the 2013 government response, the Community Right to Challenge gave which of "
                        "these the opportunity to challenge the status quo and compete to deliver services?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said the Right to Challenge gave local authority employees, "
                        "community groups, voluntary and community sector organisations and social enterprises the "
                        "chance to challenge the status quo and compete to deliver services.</p><p>Revisit the lesson "
                        "‘The Community Right to Challenge’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "Local authority employees",
                            "fraction": 0.25,
                            "feedback": (
                                "<p>Yes. It gave council staff a new pathway to taking on services as public service "
                                "mutuals.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "Community groups",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Community groups were named.</p>",
                        },
                        {
                            "id": "c",
                            "text": "Voluntary and community sector organisations",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Voluntary and community sector organisations were named.</p>",
                        },
                        {
                            "id": "d",
                            "text": "Social enterprises",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Social enterprises were named.</p>",
                        },
                        {
                            "id": "e",
                            "text": "Central government departments",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. The right is for council staff and local organisations to challenge how a "
                                "local authority runs a service. Government departments were not among those named.</p>"
                            ),
                        },
                        {
                            "id": "f",
                            "text": "The local authority’s own commissioners",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. Commissioners are on the receiving end of a challenge: they respond to an "
                                "expression of interest rather than make one.</p>"
                            ),
                        },
                    ],
                    "scoring": "partial",
                    "shuffle": True,
                },
            },
            {
                "name": "Steps in a Right to Challenge",
                "lesson": "community-right-to-challenge",
                "spec": {
                    "type": "ordering",
                    "text": (
                        "<p>A community group wants to run a council service using the Community Right to Challenge. "
                        "Based on the 2013 government response, put these steps in the order they happen.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government explained that a successful expression of interest leads to a "
                        "procurement, not an automatic handover of the service. The authority must consider social "
                        "value before the procurement starts, and the challenger then competes to deliver the "
                        "service.</p><p>Revisit the lesson ‘The Community Right to Challenge’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "items": [
                        {"id": "i1", "text": "The group submits an expression of interest in running the service"},
                        {"id": "i2", "text": "The authority accepts the expression of interest"},
                        {"id": "i3", "text": "The authority considers social value before starting the procurement"},
                        {
                            "id": "i4",
                            "text": (
                                "The authority runs a procurement exercise in which the group competes with other "
                                "bidders"
                            ),
                        },
                        {"id": "i5", "text": "The authority awards the contract to the winning bid"},
                    ],
                    "scoring": "partial",
                },
            },
            {
                "name": "Who ran the Right to Challenge support",
                "lesson": "support-programmes",
                "spec": {
                    "type": "short_text",
                    "text": (
                        "<p>In 2013, one of the government’s support programmes for people exploring a mutual was run "
                        "by a consortium. Which organisation led that consortium?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 DCLG’s programme was worth £11.5 million in total until March 2015 and was run by "
                        "a consortium led by the Social Investment Business. It was open to council staff wanting to "
                        "use the right or to understand the options for setting up an employee mutual.</p><p>Revisit "
                        "the lesson ‘The support programmes’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "text": "Social Investment Business",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. A consortium led by the Social Investment Business ran it.</p>",
                        },
                        {
                            "text": "the Social Investment Business",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. A consortium led by the Social Investment Business ran it.</p>",
                        },
                        {
                            "text": "*Social Investment Business*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. A consortium led by the Social Investment Business ran it.</p>",
                        },
                        {
                            "text": "SIB",
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Correct. A consortium led by the Social Investment Business (SIB) ran it.</p>"
                            ),
                        },
                        {
                            "text": "*Big Society Capital*",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. The select committee mentioned Big Society Capital as a financial "
                                "institution that should be told about lending to mutuals. The programme was run by a "
                                "consortium led by the Social Investment Business.</p>"
                            ),
                        },
                    ],
                    "case_sensitive": False,
                    "normalise_whitespace": True,
                },
            },
            {
                "name": "From enquiry to grant",
                "lesson": "support-programmes",
                "spec": {
                    "type": "ordering",
                    "text": (
                        "<p>In 2013, the government reported on the groups that had contacted the Right to Challenge "
                        "advice line since the previous July. Put these groups in order from the largest number to the "
                        "smallest.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 over 900 groups had contacted the advice line. Of these, 15 were existing or "
                        "potential local authority mutuals, 5 had been referred for specialist advice and 2 employee "
                        "mutuals had been awarded grants.</p><p>Revisit the lesson ‘The support programmes’ for "
                        "more.</p>"
                    ),
                    "default_mark": 1.0,
                    "items": [
                        {"id": "i1", "text": "All groups that contacted the advice line"},
                        {"id": "i2", "text": "Existing or potential local authority mutuals among those groups"},
                        {"id": "i3", "text": "Local authority mutuals referred for specialist advice"},
                        {"id": "i4", "text": "Employee mutuals awarded grants to challenge to deliver services"},
                    ],
                    "scoring": "partial",
                },
            },
            {
                "name": "Sources of support",
                "lesson": "support-programmes",
                "spec": {
                    "type": "matching",
                    "text": (
                        "<p>In 2013, several kinds of support were available to people exploring mutuals. Match each "
                        "description to the right name.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Cabinet Office’s £10 million Mutuals Support Programme made advice available "
                        "through the Mutuals Information Service, whose hotline had given dedicated support to over "
                        "117 organisations. DCLG funded a separate £11.5 million Right to Challenge support programme, "
                        "and the government planned 15 Mutual Ambassadors.</p><p>Revisit the lesson ‘The support "
                        "programmes’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "pairs": [
                        {
                            "id": "p1",
                            "prompt": (
                                "<p>A £10 million Cabinet Office fund to provide help and support to public sector "
                                "mutuals</p>"
                            ),
                            "answer": "Mutuals Support Programme",
                        },
                        {
                            "id": "p2",
                            "prompt": "Worth £11.5 million in total until March 2015, funded by DCLG",
                            "answer": "Community Right to Challenge Support Programme",
                        },
                        {
                            "id": "p3",
                            "prompt": "Around 1,600 website visits a week, as reported in February 2013",
                            "answer": "Mutuals Information Service",
                        },
                        {
                            "id": "p4",
                            "prompt": (
                                "<p>A planned group of 15 that the select committee hoped would help joined-up "
                                "working</p>"
                            ),
                            "answer": "Mutual Ambassadors",
                        },
                    ],
                    "distractors": ["Social Enterprise Investment Fund", "Commissioning Academy"],
                },
            },
            {
                "name": "A new legal form for co-operatives?",
                "lesson": "guidance-and-evidence",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the select committee recommended that the government create a new "
                        "type of corporate body, defined in law, for co-operatives and mutuals.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the committee endorsed the Nuttall Review and asked for ‘off the shelf’ models and "
                        "guidance rather than a new legal form. The government pointed to the guidance, tools and "
                        "templates available through the Mutuals Information Service.</p><p>Revisit the lesson "
                        "‘Guidance and evidence’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. The committee said the answer was <em>not</em> a new corporate entity defined "
                        "in law, because it would add complexity and a rigidity that could stifle innovation.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. The committee rejected a new legal entity and instead recommended ‘off the shelf’ "
                        "models with supporting guidance.</p>"
                    ),
                },
            },
            {
                "name": "Finding practical guidance (scenario)",
                "lesson": "guidance-and-evidence",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>A council commissioner wants practical guidance, tools and examples from existing mutuals "
                        "before advising on a possible spin-out. According to the 2013 government response, where was "
                        "the government directing people for this?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the committee felt that a lack of evidence was holding some authorities back. The "
                        "government said the Cabinet Office and DCLG would keep demonstrating the benefits of "
                        "employee-led mutuals and make sure advice and guidance were widely shared, with material held "
                        "in the Mutuals Information Service’s Knowledge Exchange.</p><p>Revisit the lesson ‘Guidance "
                        "and evidence’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "The Mutuals Information Service and its Knowledge Exchange",
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. The Knowledge Exchange held guidance from both government and third "
                                "parties, including best practice shared by existing mutuals.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "Big Society Capital",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The select committee mentioned Big Society Capital in relation to finance, not "
                                "practical guidance.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "The European Union’s procurement rules",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. EU rules came up in relation to reserving contracts for mutuals, not as a "
                                "source of practical guidance on setting one up.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "A new statutory code of practice for mutuals",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response did not mention a statutory code. It pointed to guidance and "
                                "tools from the Mutuals Information Service.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
        ],
    },
    "local-authority-role": {
        "title": "Check your understanding: The local authority role",
        "intro": (
            "<p>These questions check your understanding of the module ‘The local authority's role’. They cover the "
            "commissioners’ group, supporting staff who want to spin out, and the commissioner hub and "
            "e-learning.</p><p>Many questions describe the position in the February 2013 government response to the "
            "Communities and Local Government Select Committee, and say so. Things have moved on since then, and where "
            "a question is about the law today it says so. You need 70% to pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "Roles of the commissioners’ group",
                "lesson": "commissioners-group",
                "spec": {
                    "type": "matching",
                    "text": (
                        "<p>In 2013, the Local Authority Mutuals Commissioners’ Group had three roles. Match each "
                        "description to the role.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the group’s roles were to challenge, collaborate and champion.</p><p>Revisit the "
                        "lesson ‘The Local Authority Mutuals Commissioners' Group’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "pairs": [
                        {
                            "id": "p1",
                            "prompt": (
                                "<p>Test and steer the approach to local authority mutuals and the support they "
                                "need</p>"
                            ),
                            "answer": "Challenge",
                        },
                        {
                            "id": "p2",
                            "prompt": (
                                "<p>Work with peers and central government to tackle barriers to spinning out, from a "
                                "commissioning point of view</p>"
                            ),
                            "answer": "Collaborate",
                        },
                        {
                            "id": "p3",
                            "prompt": "<p>Make the business case for mutuals more widely across local government</p>",
                            "answer": "Champion",
                        },
                    ],
                    "distractors": ["Commission", "Certify", "Control"],
                },
            },
            {
                "name": "What the commissioners’ group offers (scenario)",
                "lesson": "commissioners-group",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>Your council is starting to explore a spin-out and a colleague asks what the Local "
                        "Authority Mutuals Commissioners’ Group could offer. In 2013, which description fitted it "
                        "best?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Cabinet Office set up the Local Authority Mutuals Commissioners’ Group to "
                        "provide insight and practical solutions that others could learn from. Its members were local "
                        "authority commissioners working with a mutual spin-out project.</p><p>Revisit the lesson ‘The "
                        "Local Authority Mutuals Commissioners' Group’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "Insight and practical solutions from other council commissioners working on "
                                "spin-outs, that others can learn from"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. It was made up of local authority commissioners working with a mutual "
                                "spin-out project.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "Grants to cover the legal costs of setting up a mutual",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The group did not give grants. Grants for employee mutuals using the Right to "
                                "Challenge came through DCLG’s support programme.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "Formal approval of spin-outs on behalf of central government",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The group had no approval role. It shared insight and championed the "
                                "agenda.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "A panel of the Local Government Association and council chief executives",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. These bodies helped raise awareness of mutuals, but the group was made up of "
                                "commissioners working on spin-out projects.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Who chaired the group",
                "lesson": "commissioners-group",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the Local Authority Mutuals Commissioners’ Group was chaired by a "
                        "Cabinet Office official.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the group was set up by the Cabinet Office, but its members and its chair were "
                        "local authority commissioners working with mutual spin-out projects.</p><p>Revisit the lesson "
                        "‘The Local Authority Mutuals Commissioners' Group’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. Although the Cabinet Office set it up, the group had a local authority "
                        "commissioner as chair.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. It had a local authority commissioner as chair: at the time, Joanne Hay, "
                        "Tri-Borough Children’s Service Commissioner.</p>"
                    ),
                },
            },
            {
                "name": "What the commissioner hub offered",
                "lesson": "commissioner-hub-and-e-learning",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>A commissioner is at the pre-feasibility stage of a possible spin-out. According to the "
                        "2013 government response, what did the commissioner hub on the Mutuals Information Service "
                        "website offer?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the commissioner hub, which the commissioners’ group helped develop, offered "
                        "information, tools, case studies and peer networks to support commissioners through every "
                        "step, from pre-feasibility to spin out and beyond.</p><p>Revisit the lesson ‘The commissioner "
                        "hub and e-learning’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "Information",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. The hub was a source of information.</p>",
                        },
                        {
                            "id": "b",
                            "text": "Tools",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. It offered tools.</p>",
                        },
                        {
                            "id": "c",
                            "text": "Case studies",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. It offered case studies.</p>",
                        },
                        {
                            "id": "d",
                            "text": "Peer networks",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. It offered peer networks.</p>",
                        },
                        {
                            "id": "e",
                            "text": "Grants to pay for feasibility studies",
                            "fraction": -0.5,
                            "feedback": "<p>No. The hub offered information and support, not money.</p>",
                        },
                        {
                            "id": "f",
                            "text": "Formal sign-off of spin-out business cases",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. The hub supported commissioners; it did not approve business cases.</p>"
                            ),
                        },
                    ],
                    "scoring": "all_or_nothing",
                    "shuffle": True,
                },
            },
            {
                "name": "Free e-learning for commissioners",
                "lesson": "commissioner-hub-and-e-learning",
                "spec": {
                    "type": "short_text",
                    "text": (
                        "<p>In 2013, which government department was working with other departments to develop free "
                        "e-learning resources for all local authority commissioners? You can give the full name or the "
                        "abbreviation.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Department for Communities and Local Government (DCLG) was working with other "
                        "departments on free e-learning for all local authority commissioners, alongside the Cabinet "
                        "Office’s commissioner hub.</p><p>Revisit the lesson ‘The commissioner hub and e-learning’ for "
                        "more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "text": "*DCLG*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. DCLG was developing the e-learning with other departments.</p>",
                        },
                        {
                            "text": "*Communities and Local Government*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. DCLG was developing the e-learning with other departments.</p>",
                        },
                        {
                            "text": "*Cabinet Office*",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. The Cabinet Office set up the commissioners’ group and the hub, but it "
                                "was DCLG that was developing free e-learning with other departments.</p>"
                            ),
                        },
                    ],
                    "case_sensitive": False,
                    "normalise_whitespace": True,
                },
            },
            {
                "name": "Is it a lack of enterprise? (scenario)",
                "lesson": "supporting-staff-who-want-to-spin-out",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>A council’s home care team is keen to spin out as a mutual, but the service is heavily "
                        "regulated and the team finds the prospect daunting. Their manager says council staff ‘just "
                        "aren’t entrepreneurial’. In 2013, what did the select committee conclude about this?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the committee said staff lacked skills and understanding rather than enterprise. "
                        "It welcomed using the Commissioning Academy to address the procurement skills gap and wanted "
                        "the Mutuals Support Programme to build commercial skills. It also noted that a better "
                        "understanding of procurement might ease the fears of managers reluctant to encourage "
                        "staff.</p><p>Revisit the lesson ‘Supporting staff who want to spin out’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "Staff did not lack entrepreneurial inclination; they lacked the skills and "
                                "understanding needed to set up a mutual, which training and support could address"
                            ),
                            "fraction": 1.0,
                            "feedback": "<p>Right. The committee saw a skills gap, not a lack of enterprise.</p>",
                        },
                        {
                            "id": "b",
                            "text": (
                                "Council staff generally lacked entrepreneurial inclination, so spin-outs should be "
                                "led by managers recruited from outside"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The committee said it was not evident that staff lacked entrepreneurial "
                                "inclination.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "Heavily regulated services should not be mutualised",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The committee recognised that regulation can make spinning out daunting, but "
                                "did not rule it out. Mutuals had already spun out of services such as adult social "
                                "care.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": (
                                "Staff should simply bid for the service in a full open tender like any other supplier"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The committee’s point was about building skills. The government was also "
                                "pressing for time-limited flexibility so new mutuals could become established before "
                                "facing full competition.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Spinning out with the council",
                "lesson": "supporting-staff-who-want-to-spin-out",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? According to the 2013 government response, many new mutuals had spun out in "
                        "close collaboration with their local authority or parent body.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said that many new mutuals had spun out in close collaboration with "
                        "their local authority or parent body. The Community Right to Challenge gave staff a lever "
                        "where their plans were not supported.</p><p>Revisit the lesson ‘Supporting staff who want to "
                        "spin out’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": True,
                    "feedback_true": (
                        "<p>Correct. Many spin-outs were done with the authority’s support. The Right to Challenge was "
                        "there as a lever for cases where staff plans were not supported.</p>"
                    ),
                    "feedback_false": (
                        "<p>Not quite. The response did say that many new mutuals had spun out in close collaboration "
                        "with their local authority or parent body.</p>"
                    ),
                },
            },
        ],
    },
    "finance-and-assets": {
        "title": "Check your understanding: Finance and assets",
        "intro": (
            "<p>These questions check your understanding of the module ‘Finance and asset locks’. They cover finding "
            "finance, asset locks and transferring assets safely.</p><p>Many questions describe the position in the "
            "February 2013 government response to the Communities and Local Government Select Committee, and say so. "
            "Things have moved on since then, and where a question is about the law today it says so. You need 70% to "
            "pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "Organisations with an automatic asset lock",
                "lesson": "asset-locks",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>According to the 2013 government response, which types of organisation were automatically "
                        "subject to an asset lock?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the response listed four types of organisation that are automatically subject to "
                        "an asset lock: trusts, community interest companies, industrial and provident societies "
                        "(called co-operative and community benefit societies since 2014) and charitable "
                        "companies.</p><p>Revisit the lesson ‘Asset locks’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "Trusts",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Trusts were listed.</p>",
                        },
                        {
                            "id": "b",
                            "text": "Community interest companies",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Community interest companies were listed.</p>",
                        },
                        {
                            "id": "c",
                            "text": "Industrial and provident societies",
                            "fraction": 0.25,
                            "feedback": (
                                "<p>Yes. They were listed. Since 2014 these societies have been called co-operative "
                                "and community benefit societies.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "Charitable companies",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Charitable companies were listed.</p>",
                        },
                        {
                            "id": "e",
                            "text": "Companies limited by shares",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. An ordinary company limited by shares was not on the list. Its assets can "
                                "normally be distributed to its shareholders.</p>"
                            ),
                        },
                        {
                            "id": "f",
                            "text": "Limited liability partnerships",
                            "fraction": -0.5,
                            "feedback": "<p>No. Limited liability partnerships were not on the list.</p>",
                        },
                    ],
                    "scoring": "partial",
                    "shuffle": True,
                },
            },
            {
                "name": "Industrial and provident societies renamed",
                "lesson": "asset-locks",
                "spec": {
                    "type": "short_text",
                    "text": (
                        "<p>Since a 2014 Act, what have industrial and provident societies been called? Give the full "
                        "name.</p>"
                    ),
                    "general_feedback": (
                        "<p>The Co-operative and Community Benefit Societies Act 2014 renamed industrial and provident "
                        "societies as co-operative and community benefit societies. Do not assume that a body has an "
                        "asset lock because of its name or legal form: check its governing documents.</p><p>Revisit "
                        "the lesson ‘Asset locks’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "text": "*co*operative and community benefit societ*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. They are now co-operative and community benefit societies.</p>",
                        },
                        {
                            "text": "*community benefit societ*",
                            "fraction": 0.5,
                            "feedback": (
                                "<p>Partly right. The full name is co-operative and community benefit societies: it "
                                "covers both kinds of society.</p>"
                            ),
                        },
                    ],
                    "case_sensitive": False,
                    "normalise_whitespace": True,
                },
            },
            {
                "name": "Can a locked asset be sold?",
                "lesson": "asset-locks",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? According to the 2013 government response, when a council puts an asset "
                        "lock on an asset it transfers to a mutual, the mutual can never sell or borrow against that "
                        "asset.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government explained that an asset lock protects the purpose an asset serves, "
                        "not the asset itself: the mutual can still borrow against or sell it, provided the proceeds "
                        "go to its core charitable aims.</p><p>Revisit the lesson ‘Asset locks’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. An asset lock does not stop a body borrowing against or selling the asset, as "
                        "long as the proceeds are used to promote its core charitable aims.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. The mutual can borrow against or sell the asset, as long as the proceeds are used "
                        "to promote its core charitable aims.</p>"
                    ),
                },
            },
            {
                "name": "Transferring a building (scenario)",
                "lesson": "transferring-assets-safely",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>A council is transferring a community centre to a new mutual as part of a service "
                        "contract. Some councillors want the strongest possible controls, while the mutual says it "
                        "needs room to grow. Based on the 2013 government response, what is the best approach?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said councils could put an asset lock on assets they transfer as "
                        "part of a service contract, and that it was down to them to set proportionate protection. "
                        "Councils and mutuals would need their own advice; the Mutuals Information Service offered "
                        "guidance on legal structures.</p><p>Revisit the lesson ‘Transferring assets safely’ for "
                        "more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "Put an asset lock on the transferred asset and build proportionate protection into "
                                "the contract, taking the council’s own legal advice"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. Councils could put an asset lock on any asset they transfer, and it was up "
                                "to them to set proportionate levels of protection in the contract.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "Refuse the transfer, because the risk of the asset being stripped is too high",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The select committee concluded that in many cases the financial benefits "
                                "outweigh the risks, and that there should be no general block on transfers.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": (
                                "Write in wide-ranging restrictions so the council can take the centre back whenever "
                                "it wishes"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The government warned that excessive restrictions could stop a mutual becoming "
                                "competitive and create uncertainty about its future.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "Leave protection of the asset to central government",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response said it was ultimately down to authorities to put proportionate "
                                "protection in place when drawing up contracts.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "A general block on asset transfers?",
                "lesson": "transferring-assets-safely",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? In 2013, the select committee concluded that there should be a general "
                        "block on transferring council assets to new bodies, because of the risk that assets could be "
                        "stripped or lost.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the committee saw asset transfer as a way to help finance new start-ups, while "
                        "recognising risks such as poor management, asset stripping or loss if an organisation is "
                        "bought out.</p><p>Revisit the lesson ‘Transferring assets safely’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. The committee recognised the risks but concluded that in many cases the "
                        "financial benefits outweigh them, so there should not be a general block.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. The committee concluded there should not be a general block, and asked for "
                        "guidance on when and how assets can be transferred and, if necessary, returned.</p>"
                    ),
                },
            },
            {
                "name": "Government response on finance",
                "lesson": "finding-finance",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>In 2013, the select committee said finance for starting mutuals was in short supply, and "
                        "recommended a programme to inform financial institutions, including Big Society Capital, "
                        "about lending to mutuals. How did the government respond?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said finance was available from an increasingly wide range of "
                        "sources and that the Mutuals Information Service offered guidance, tools and templates for "
                        "mutuals setting up and growing.</p><p>Revisit the lesson ‘Finding finance’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "It said finance was available from an increasingly wide range of sources, and that it "
                                "would keep providing guidance and work with finance providers so information on "
                                "sources was easy to find"
                            ),
                            "fraction": 1.0,
                            "feedback": "<p>Right. This was the government’s response.</p>",
                        },
                        {
                            "id": "b",
                            "text": "It agreed to set up a dedicated programme to train lenders in lending to mutuals",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response did not commit to such a programme. It pointed to the growing "
                                "range of sources and said it would work with finance providers on making information "
                                "accessible.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "It announced a new state-backed bank for mutuals and co-operatives",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. No new bank was announced. The response pointed to existing funds, social "
                                "investors and commercial lenders.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "It said finance was a matter for mutuals alone and not for government",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The government said it would continue to provide guidance and work with "
                                "providers of finance.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Where to look for money",
                "lesson": "finding-finance",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>A group of council staff planning a mutual asks where they might look for money. According "
                        "to the 2013 government response, which of these were sources of financial support?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government listed funds such as the Social Enterprise Investment Fund and the "
                        "Mutuals Support Programme, sector-specific national programmes, social investment "
                        "organisations and intermediaries, and commercial lenders.</p><p>Revisit the lesson ‘Finding "
                        "finance’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "Funds such as the Social Enterprise Investment Fund and the Mutuals Support Programme"
                            ),
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Both were named.</p>",
                        },
                        {
                            "id": "b",
                            "text": "Sector-specific national programmes run by government departments",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. These were named.</p>",
                        },
                        {
                            "id": "c",
                            "text": "Social investment organisations and intermediaries",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. These were named.</p>",
                        },
                        {
                            "id": "d",
                            "text": "Commercial lenders",
                            "fraction": 0.25,
                            "feedback": "<p>Yes. Commercial lenders were named.</p>",
                        },
                        {
                            "id": "e",
                            "text": "Grants paid under the Social Value Act",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. The Social Value Act is about considering social value in procurement. It does "
                                "not provide funding.</p>"
                            ),
                        },
                        {
                            "id": "f",
                            "text": "Automatic start-up loans from the council the staff are leaving",
                            "fraction": -0.5,
                            "feedback": "<p>No. The response did not mention any automatic council funding.</p>",
                        },
                    ],
                    "scoring": "partial",
                    "shuffle": True,
                },
            },
        ],
    },
    "procurement-and-continuity": {
        "title": "Check your understanding: Procurement and continuity",
        "intro": (
            "<p>These questions check your understanding of the module ‘Procurement, reserved contracts and service "
            "continuity’. They cover reserved contracts, the Procurement Act 2023 and who keeps a service running if a "
            "supplier fails.</p><p>Many questions describe the position in the February 2013 government response to "
            "the Communities and Local Government Select Committee, and say so. Things have moved on since then, and "
            "where a question is about the law today it says so. You need 70% to pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "From EU agreement to the Procurement Act",
                "lesson": "reserved-contracts",
                "spec": {
                    "type": "ordering",
                    "text": (
                        "<p>Put these milestones for reserving contracts for mutuals in date order, earliest first.</p>"
                    ),
                    "general_feedback": (
                        "<p>EU member states agreed time-limited reserved contracts for mutuals at the December 2012 "
                        "Competitiveness Council; the 2013 government response noted this still needed agreement with "
                        "the European Parliament. Regulation 77 of the Public Contracts Regulations 2015 later put the "
                        "reservation into effect. The Procurement Act 2023 received Royal Assent on 26 October 2023 "
                        "and applies to procurements begun from 24 February 2025; section 33 now provides for reserved "
                        "contracts.</p><p>Revisit the lesson ‘Reserved contracts’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "items": [
                        {
                            "id": "i1",
                            "text": (
                                "EU member states agree, at the Competitiveness Council, to time-limited provisions "
                                "reserving contracts for mutuals"
                            ),
                        },
                        {
                            "id": "i2",
                            "text": (
                                "The Public Contracts Regulations 2015 implement the EU reservation in regulation 77"
                            ),
                        },
                        {"id": "i3", "text": "The Procurement Act 2023 receives Royal Assent"},
                        {
                            "id": "i4",
                            "text": (
                                "The Procurement Act 2023 starts to apply to new procurements, replacing the Public "
                                "Contracts Regulations 2015"
                            ),
                        },
                    ],
                    "scoring": "partial",
                },
            },
            {
                "name": "Section 33: who counts as a mutual",
                "lesson": "procurement-act-2023",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>Under section 33 of the Procurement Act 2023, an authority can reserve contracts for "
                        "certain light-touch services for public service mutuals. Which conditions must an "
                        "organisation meet to count as a public service mutual for this purpose?</p>"
                    ),
                    "general_feedback": (
                        "<p>For section 33, a public service mutual delivers public services, is not-for-profit or "
                        "shares profits only with its members, and is managed and controlled by its employees. Compare "
                        "this with the 2013 definition, which also required the organisation to have spun out of the "
                        "public sector.</p><p>Revisit the lesson ‘The Procurement Act 2023’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "It delivers public services",
                            "fraction": 0.3333333,
                            "feedback": "<p>Yes. This is one of the conditions.</p>",
                        },
                        {
                            "id": "b",
                            "text": "It is not-for-profit, or shares profits only with its members",
                            "fraction": 0.3333333,
                            "feedback": "<p>Yes. This is one of the conditions.</p>",
                        },
                        {
                            "id": "c",
                            "text": "It is managed and controlled by its employees",
                            "fraction": 0.3333334,
                            "feedback": "<p>Yes. This is one of the conditions.</p>",
                        },
                        {
                            "id": "d",
                            "text": "It has spun out of the public sector",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. Spinning out of the public sector was part of the 2013 Cabinet Office "
                                "definition, but it is not one of the section 33 conditions.</p>"
                            ),
                        },
                        {
                            "id": "e",
                            "text": "It is a registered charity",
                            "fraction": -0.3333333,
                            "feedback": "<p>No. Charitable status is not one of the conditions.</p>",
                        },
                        {
                            "id": "f",
                            "text": "It was set up at least two years before the procurement",
                            "fraction": -0.3333333,
                            "feedback": (
                                "<p>No. How long the organisation has existed is not one of the conditions.</p>"
                            ),
                        },
                    ],
                    "scoring": "partial",
                    "shuffle": True,
                },
            },
            {
                "name": "Maximum term of a reserved contract",
                "lesson": "procurement-act-2023",
                "spec": {
                    "type": "numeric",
                    "text": (
                        "<p>Under section 33 of the Procurement Act 2023, what is the maximum term, in years, of a "
                        "contract reserved for a public service mutual?</p>"
                    ),
                    "general_feedback": (
                        "<p>Under section 33, a reserved contract has a maximum term of five years. Separately, a "
                        "mutual qualifies only if it has not entered into a comparable contract (for the same kind of "
                        "services, awarded by the same authority and reserved under section 33) during the three years "
                        "ending on the day the new contract is awarded.</p><p>Revisit the lesson ‘The Procurement Act "
                        "2023’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "value": 5.0,
                            "tolerance": 0.0,
                            "fraction": 1.0,
                            "feedback": "<p>Correct. A reserved contract can last at most five years.</p>",
                        },
                        {
                            "value": 3.0,
                            "tolerance": 0.0,
                            "fraction": 0.0,
                            "feedback": (
                                "<p>Not quite. Three years belongs to a different rule: a mutual does not qualify if "
                                "it entered into a comparable contract during the three years ending on the day of the "
                                "new award.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "name": "Counting the three years (scenario)",
                "lesson": "procurement-act-2023",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>On 1 May 2025 a council entered into a two-year contract with a public service mutual for "
                        "a light-touch service, reserved under section 33 of the Procurement Act 2023. The council "
                        "plans to award a new contract for the same services on 1 May 2027, again reserved under "
                        "section 33. Can the same mutual take part as a qualifying public service mutual?</p>"
                    ),
                    "general_feedback": (
                        "<p>Under section 33 of the Procurement Act 2023, a mutual qualifies only if it has not "
                        "entered into a comparable contract (for the same kind of services, awarded by the same "
                        "authority and reserved under section 33) during the three years ending on the day the new "
                        "contract is awarded. Count back three years from the day of the new award: when the earlier "
                        "contract ends does not matter.</p><p>Revisit the lesson ‘The Procurement Act 2023’ for "
                        "more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "No. It entered into a comparable contract with the same council during the three "
                                "years ending on the day of the new award, so it does not qualify for that award"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. Count back three years from the day of the new award, 1 May 2027. The "
                                "mutual entered into a comparable contract (same kind of services, same council, "
                                "reserved under section 33) on 1 May 2025, within the three years ending on the day of "
                                "the new award. For an award made on or after 1 May 2028 the 2025 contract no longer "
                                "counts.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": (
                                "Yes. The three years are counted from the day the earlier contract ends, and it ends "
                                "on the day the new one is awarded"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The rule does not count from when the earlier contract ends. It asks whether "
                                "the mutual entered into a comparable contract during the three years ending on the "
                                "day of the new award.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": (
                                "No. It must wait until three years after its earlier contract ends, so it cannot take "
                                "part in a reserved competition before May 2030"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The period is not measured from the end of the earlier contract. It is the "
                                "three years ending on the day of the new award, so the 2025 contract stops counting "
                                "for awards made on or after 1 May 2028.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": (
                                "Yes. The rule applies only to a mutual that has held a reserved contract for more "
                                "than three years"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. What matters is whether the mutual entered into a comparable contract during "
                                "the three years ending on the day of the new award, however long that contract "
                                "lasted.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "When the Procurement Act applies",
                "lesson": "procurement-act-2023",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? The Procurement Act 2023 applies to procurements begun from 24 February "
                        "2025, replacing the Public Contracts Regulations 2015 for those procurements.</p>"
                    ),
                    "general_feedback": (
                        "<p>The Procurement Act 2023 received Royal Assent on 26 October 2023 and replaced the Public "
                        "Contracts Regulations 2015 for procurements begun from 24 February 2025. Which rules apply "
                        "depends on when a procurement began.</p><p>Revisit the lesson ‘The Procurement Act 2023’ for "
                        "more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": True,
                    "feedback_true": (
                        "<p>Correct. The Act received Royal Assent on 26 October 2023 and applies to procurements "
                        "begun from 24 February 2025.</p>"
                    ),
                    "feedback_false": (
                        "<p>Not quite. The Act does apply to procurements begun from 24 February 2025, replacing the "
                        "Public Contracts Regulations 2015 for them.</p>"
                    ),
                },
            },
            {
                "name": "Basis of award under the Act",
                "lesson": "procurement-act-2023",
                "spec": {
                    "type": "short_text",
                    "text": (
                        "<p>Under section 19 of the Procurement Act 2023, what kind of tender is a contract awarded "
                        "to? Give the three-word phrase used in the Act.</p>"
                    ),
                    "general_feedback": (
                        "<p>Section 19 of the Procurement Act 2023 says contracts are awarded to the ‘most "
                        "advantageous tender’.</p><p>Revisit the lesson ‘The Procurement Act 2023’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "text": "most advantageous tender",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. Contracts are awarded to the most advantageous tender.</p>",
                        },
                        {
                            "text": "the most advantageous tender",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. Contracts are awarded to the most advantageous tender.</p>",
                        },
                        {
                            "text": "*most advantageous tender*",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. Contracts are awarded to the most advantageous tender.</p>",
                        },
                        {
                            "text": "MAT",
                            "fraction": 1.0,
                            "feedback": "<p>Correct. Contracts are awarded to the most advantageous tender (MAT).</p>",
                        },
                    ],
                    "case_sensitive": False,
                    "normalise_whitespace": True,
                },
            },
            {
                "name": "When a mutual supplier fails (scenario)",
                "lesson": "service-continuity-on-supplier-failure",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>A mutual that runs a council’s day services for older people has run into financial "
                        "trouble and is about to stop trading. According to the 2013 government response, who is "
                        "responsible for making sure the service continues?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said that if a supplier of any form fails, the commissioning "
                        "authority is responsible for service continuity, as in established continuity planning. Where "
                        "asset locks exist, the asset is put in a trust to preserve its original "
                        "purpose.</p><p>Revisit the lesson ‘Service continuity if a supplier fails’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "The council, as the commissioning authority, just as it would be if any other kind of "
                                "supplier failed"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. If a supplier of any form fails, the commissioning authority is responsible "
                                "for service continuity.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "The Cabinet Office, through the Mutuals Support Programme",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The programme offered help and support to mutuals. It did not take over "
                                "failing services.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "The mutual’s employees, because they control the organisation",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Employee control does not shift responsibility for service continuity. That "
                                "stays with the commissioning authority.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": (
                                "No one in particular, because mutuals are treated differently from other suppliers"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The response said the position is no different from established service "
                                "continuity planning for any supplier.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Tight contract restrictions",
                "lesson": "service-continuity-on-supplier-failure",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? According to the 2013 government response, councils should write extensive "
                        "restrictions into contracts with mutuals so that they can take back staff and assets at any "
                        "time.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said councils need adequate contract management procedures to "
                        "manage performance, but that excessive restrictions could stop a mutual becoming competitive "
                        "and commercially successful.</p><p>Revisit the lesson ‘Service continuity if a supplier "
                        "fails’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": False,
                    "feedback_true": (
                        "<p>Not quite. The government warned that excessive restrictions could stop a mutual becoming "
                        "competitive and create uncertainty about its commercial future.</p>"
                    ),
                    "feedback_false": (
                        "<p>Correct. The government warned against excessive restrictions and stressed good contract "
                        "management instead.</p>"
                    ),
                },
            },
        ],
    },
    "commissioning-academy": {
        "title": "Check your understanding: The Commissioning Academy",
        "intro": (
            "<p>These questions check your understanding of the module ‘The Commissioning Academy’. They cover what "
            "the Academy is, how it builds commissioning skills and the 100-day plan.</p><p>Many questions describe "
            "the position in the February 2013 government response to the Communities and Local Government Select "
            "Committee, and say so. Things have moved on since then, and where a question is about the law today it "
            "says so. You need 70% to pass.</p>"
        ),
        "pass_mark": 70,
        "questions": [
            {
                "name": "Academy places over three years",
                "lesson": "about-the-academy",
                "spec": {
                    "type": "numeric",
                    "text": (
                        "<p>In 2013, up to how many public sector employees did the government expect to pass through "
                        "the Commissioning Academy over the following three years? Enter a whole number.</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the government said up to 2,000 public sector employees would pass through the "
                        "Commissioning Academy over the next three years.</p><p>Revisit the lesson ‘About the "
                        "Commissioning Academy’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "answers": [
                        {
                            "value": 2000.0,
                            "tolerance": 0.0,
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Correct. Up to 2,000 public sector employees were expected to take part.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "name": "Local government in the Academy",
                "lesson": "about-the-academy",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>In 2013, the select committee asked how many local authority officers the government "
                        "expected to train through the Commissioning Academy. What did the government response say?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 the Commissioning Academy, launched on 31 January 2013, was a practical "
                        "development programme for commissioning organisations across the public sector. There was no "
                        "specific target for local government, but over half of the pilot graduates came from "
                        "it.</p><p>Revisit the lesson ‘About the Commissioning Academy’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "There was no specific target for local government, but over half of the graduates "
                                "from the pilot cohorts were from local government"
                            ),
                            "fraction": 1.0,
                            "feedback": "<p>Right. This is what the response said.</p>",
                        },
                        {
                            "id": "b",
                            "text": "It set a target that half of all places would go to local government",
                            "fraction": 0.0,
                            "feedback": "<p>No. There was no specific target for local government.</p>",
                        },
                        {
                            "id": "c",
                            "text": "Places were reserved for local government officers only",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. The Academy was a programme for commissioning organisations across the public "
                                "sector.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "Local government would join only after a central government pilot had finished",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Local government was already well represented: over half of the pilot "
                                "graduates were from local government.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "Who ran the Academy later",
                "lesson": "about-the-academy",
                "spec": {
                    "type": "true_false",
                    "text": (
                        "<p>True or false? From April 2016, the Commissioning Academy was run by the Public Service "
                        "Transformation Academy.</p>"
                    ),
                    "general_feedback": (
                        "<p>The Commissioning Academy was launched by the government on 31 January 2013. From April "
                        "2016 it was run by the Public Service Transformation Academy.</p><p>Revisit the lesson ‘About "
                        "the Commissioning Academy’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "correct": True,
                    "feedback_true": (
                        "<p>Correct. The Public Service Transformation Academy ran it from April 2016.</p>"
                    ),
                    "feedback_false": (
                        "<p>Not quite. From April 2016 it was run by the Public Service Transformation Academy.</p>"
                    ),
                },
            },
            {
                "name": "Academy timeline",
                "lesson": "about-the-academy",
                "spec": {
                    "type": "ordering",
                    "text": "<p>Put these events in date order, earliest first.</p>",
                    "general_feedback": (
                        "<p>The select committee published its report on 6 December 2012. The Commissioning Academy "
                        "was launched on 31 January 2013, and the government’s response was presented to Parliament in "
                        "February 2013. The first full cohort of the Academy was due to start in April "
                        "2013.</p><p>Revisit the lesson ‘About the Commissioning Academy’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "items": [
                        {
                            "id": "i1",
                            "text": (
                                "The select committee publishes its report on mutual and co-operative approaches to "
                                "delivering local services"
                            ),
                        },
                        {"id": "i2", "text": "The Commissioning Academy is launched"},
                        {
                            "id": "i3",
                            "text": "The government’s response to the select committee is presented to Parliament",
                        },
                        {"id": "i4", "text": "The first full cohort of the Commissioning Academy is due to start"},
                    ],
                    "scoring": "partial",
                },
            },
            {
                "name": "Barriers the Academy tackles",
                "lesson": "building-commissioning-skills",
                "spec": {
                    "type": "multiple_response",
                    "text": (
                        "<p>In 2013, council leaders and chief executives told the government about barriers that the "
                        "Commissioning Academy was part of a package to tackle. Which two barriers did they name?</p>"
                    ),
                    "general_feedback": (
                        "<p>In 2013 council leaders and chief executives pointed to a lack of commissioning skills and "
                        "unhelpful, entrenched procurement behaviours. The Academy was meant to give leaders the "
                        "confidence and capability to transform organisational culture and tackle cross-cutting "
                        "issues.</p><p>Revisit the lesson ‘Building commissioning skills’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": "A lack of commissioning skills in local authorities",
                            "fraction": 0.5,
                            "feedback": "<p>Yes. This was named.</p>",
                        },
                        {
                            "id": "b",
                            "text": "Unhelpful, entrenched procurement ‘behaviours’",
                            "fraction": 0.5,
                            "feedback": "<p>Yes. This was named.</p>",
                        },
                        {
                            "id": "c",
                            "text": "A lack of will to open services up to other providers",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. The response said there was no lack of will: 89% saw no services as off limits "
                                "for outsourcing.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "A lack of legal powers to contract with mutuals",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. This was not raised. The barriers named were skills and procurement "
                                "behaviours.</p>"
                            ),
                        },
                        {
                            "id": "e",
                            "text": "A lack of interest among staff in running services themselves",
                            "fraction": -0.5,
                            "feedback": (
                                "<p>No. The select committee did not think staff lacked entrepreneurial inclination; "
                                "it saw a skills gap instead.</p>"
                            ),
                        },
                    ],
                    "scoring": "all_or_nothing",
                    "shuffle": True,
                },
            },
            {
                "name": "How the Academy was organised",
                "lesson": "about-the-academy",
                "spec": {
                    "type": "matching",
                    "text": (
                        "<p>How was the Commissioning Academy’s programme organised, as planned at its launch? Match "
                        "each description to the right answer.</p>"
                    ),
                    "general_feedback": (
                        "<p>As planned in 2013, senior commissioners took part in cohorts, with about eight "
                        "development days over about six months that mixed masterclasses, site visits and peer "
                        "learning. Each participant’s organisation then produced a 100-day plan.</p><p>Revisit the "
                        "lesson ‘About the Commissioning Academy’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "pairs": [
                        {
                            "id": "p1",
                            "prompt": "Number of development days",
                            "answer": "About eight",
                        },
                        {
                            "id": "p2",
                            "prompt": "Period over which the development days ran",
                            "answer": "About six months",
                        },
                        {
                            "id": "p3",
                            "prompt": "How the days were spent",
                            "answer": "Masterclasses, site visits and peer learning",
                        },
                    ],
                    "distractors": ["About twenty", "About two years", "Lectures and written examinations"],
                },
            },
            {
                "name": "Building skills by doing (scenario)",
                "lesson": "building-commissioning-skills",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>A council’s commissioning team knows it is weak at shaping the market. Which approach to "
                        "building that skill does this course recommend?</p>"
                    ),
                    "general_feedback": (
                        "<p>Skills grow by doing, with support. Link any training to a real piece of work, and make "
                        "time to reflect on it with peers.</p><p>Revisit the lesson ‘Building commissioning skills’ "
                        "for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "Link training to a real piece of work, such as talking to the market before the next "
                                "procurement, and reflect on it with peers"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. Skills grow by doing, with support: link training to real work and make "
                                "time to reflect on it with peers.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "Send the team on a course and expect the skills to follow",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Training helps most when it is linked to a real piece of work and followed by "
                                "reflection with peers.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": (
                                "Copy the specification from the last procurement, so the team does not have to decide "
                                "what has changed"
                            ),
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Copying the last specification without asking what has changed is one of the "
                                "unhelpful habits the course describes.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "Avoid talking to the market, so that no provider can say the process was unfair",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Avoiding the market for fear of being unfair is one of the unhelpful habits "
                                "the course describes. Talking to the market openly and fairly is part of the "
                                "skill.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
            {
                "name": "What the 100-day plan is for (scenario)",
                "lesson": "your-100-day-plan",
                "spec": {
                    "type": "single_choice",
                    "text": (
                        "<p>Your council’s head of commissioning has just finished the Commissioning Academy and has "
                        "produced a 100-day plan. The chief executive asks what the plan is for. Which is the best "
                        "answer?</p>"
                    ),
                    "general_feedback": (
                        "<p>The Academy aimed to help leaders gain the confidence and capability to transform "
                        "organisational culture and design and deliver the best public services. The 100-day plan is "
                        "how each organisation carried that into practice.</p><p>Revisit the lesson ‘Your 100-day "
                        "plan’ for more.</p>"
                    ),
                    "default_mark": 1.0,
                    "choices": [
                        {
                            "id": "a",
                            "text": (
                                "It sets out what the organisation will do over the next 100 days to put the Academy’s "
                                "learning into practice and start changing how it commissions"
                            ),
                            "fraction": 1.0,
                            "feedback": (
                                "<p>Right. The plan turns the learning from the development days into action in the "
                                "organisation.</p>"
                            ),
                        },
                        {
                            "id": "b",
                            "text": "It is a procurement timetable that every contract the council lets must follow",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. It is a plan for developing how the organisation commissions, not a legal "
                                "procurement timetable.</p>"
                            ),
                        },
                        {
                            "id": "c",
                            "text": "It is an application for Cabinet Office funding to spin a service out as a mutual",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Support for mutuals came through programmes such as the Mutuals Support "
                                "Programme, not through the Academy plan.</p>"
                            ),
                        },
                        {
                            "id": "d",
                            "text": "It is a personal learning log seen only by the Academy tutors",
                            "fraction": 0.0,
                            "feedback": (
                                "<p>No. Each organisation produced a plan, and it is meant to lead to action in that "
                                "organisation.</p>"
                            ),
                        },
                    ],
                    "shuffle": True,
                },
            },
        ],
    },
}
