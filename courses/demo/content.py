"""Demo course: "Commissioning and mutualisation".

Plain data, with no Django imports, so that it can be loaded by a management command, fixtures or tests.

The course is written in this project's own words. Its 2013 facts and figures come from:

    Department for Communities and Local Government, "Memorandum to the Communities and Local Government
    Commons Departmental Select Committee: Government response to the Communities and Local Government Select
    Committee's Report: Mutual and co-operative approaches to delivering local services", February 2013,
    ISBN 9780101854726. Crown copyright 2013, re-used under the Open Government Licence v3.0
    (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).

Facts about later law (the Public Contracts Regulations 2015, the Procurement Act 2023, the Co-operative and
Community Benefit Societies Act 2014) are cited in each lesson's "sources" and are flagged in the lesson text as
changes since 2013. Legislation is Crown copyright, also available under the Open Government Licence.

Block types used in lesson bodies, and the shape of their values:

    ("paragraph", "<p>rich text</p>")
    ("heading", {"text": str, "level": "h2" | "h3"})
    ("inset", "<p>rich text</p>")
    ("warning", str)
    ("details", {"summary": str, "body": "<p>rich text</p>"})
    ("key_facts", {"heading": str, "facts": [{"key": str, "value": str}, ...]})
    ("case_study", {"title": str, "body": "<p>rich text</p>", "source": str})
    ("quote", {"quote": str, "citation": str})
    ("table", {"caption": str, "header": [str, ...], "rows": [[str, ...], ...]})
"""

SOURCE = {
    "title": (
        "Memorandum to the Communities and Local Government Commons Departmental Select Committee: Government response "
        "to the Communities and Local Government Select Committee's Report: Mutual and co-operative approaches to "
        "delivering local services"
    ),
    "publisher": "Department for Communities and Local Government",
    "date": "February 2013",
    "licence": "Open Government Licence v3.0",
    "isbn": "9780101854726",
}

LAST_REVIEWED = "2026-11-25"

COURSE = {
    "slug": "commissioning-and-mutualisation",
    "title": "Commissioning and mutualisation",
    "summary": (
        "Learn how to commission public services openly and fairly, work with public service mutuals, protect public "
        "assets and use the procurement rules that apply today."
    ),
    "audience": (
        "Commissioners, procurement staff and service managers in UK public bodies, especially local government, who "
        "work with or are considering public service mutuals. You do not need to know anything about mutuals before "
        "you start."
    ),
    "learning_outcomes": [
        (
            "By the end you will be able to explain what a public service mutual is, using both the 2013 definition "
            "and the legal test in the Procurement Act 2023."
        ),
        (
            "By the end you will be able to describe how mutuals grew in local government up to 2013, and the limits "
            "of that evidence."
        ),
        "By the end you will be able to consider social value objectively, without favouring any sector.",
        (
            "By the end you will be able to support staff who want to spin out a service while keeping your "
            "commissioning decision fair."
        ),
        (
            "By the end you will be able to set proportionate protection, including asset locks, for assets "
            "transferred to a mutual."
        ),
        (
            "By the end you will be able to decide whether a contract can be reserved for public service mutuals under "
            "section 33 of the Procurement Act 2023."
        ),
        "By the end you will be able to plan for service continuity if a provider fails.",
    ],
    "modules": [
        {
            "slug": "public-service-mutuals",
            "title": "Public service mutuals",
            "introduction": (
                "<p>This module explains what a public service mutual is, how the number of mutuals grew up to early "
                "2013 and which council services they came from.</p><p>It draws on the government's February 2013 "
                "response to the Communities and Local Government Select Committee. The figures describe that time, "
                "not today. Where the law has changed since, the lesson says so.</p>"
            ),
            "lessons": [
                {
                    "slug": "what-is-a-public-service-mutual",
                    "title": "What is a public service mutual?",
                    "summary": (
                        "Learn the 2013 Cabinet Office definition of a public service mutual and how it differs from "
                        "the legal test used in procurement today."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>A public service mutual is a body that was once part of the public sector and now "
                                "runs public services on its own, with its staff in control. If you commission "
                                "services, you need to know what the term means. It affects who can bid for some "
                                "contracts, and how you respond to staff who want to leave and set one up.</p>"
                            ),
                        ),
                        ("heading", {"text": "The 2013 definition", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In 2013 the Cabinet Office used a short definition with three parts. An "
                                "organisation counted as a public service mutual if it:</p><ul><li>had left, or 'spun "
                                "out of', the public sector</li><li>still delivered public services</li><li>gave its "
                                "employees a high degree of control</li></ul><p>The definition said nothing about "
                                "legal form. A mutual could be a company, a society or another structure, as long as "
                                "it met all three parts.</p>"
                            ),
                        ),
                        ("heading", {"text": "Why a clear definition matters", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Select Committee found that people in local government, and beyond, were "
                                "confused about what counted as a mutual or a co-operative. Only a small number of "
                                "councils were using these bodies to run services. A clear definition helps you "
                                "to:</p><ul><li>compare proposals on a like-for-like basis</li><li>explain to staff, "
                                "councillors and trade unions exactly what is being proposed</li><li>avoid assuming "
                                "that every charity or social enterprise is a mutual</li></ul>"
                            ),
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>The Procurement Act 2023 now gives a "
                                "legal definition for one purpose: reserving certain contracts (<a "
                                'href="https://www.legislation.gov.uk/ukpga/2023/54/section/33">section 33</a>). '
                                "Under that section a public service mutual is a body that:</p><ul><li>operates to "
                                "deliver public services, mainly one or more of the light-touch services that can be "
                                "reserved</li><li>is run on a not-for-profit basis, or shares profits only with its "
                                "members</li><li>is managed and controlled by its employees</li></ul><p>The legal test "
                                "does not ask whether the body spun out of the public sector. It also asks for "
                                "management and control by employees, not just 'a high degree' of employee control.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Check which definition applies to your decision. The 2013 definition is useful for "
                                "policy and for talking with staff. If you want to reserve a contract for mutuals, "
                                "only the legal test in the Procurement Act 2023 counts.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Who controls the organisation day to day, and how do employees take part in "
                                "decisions?</li><li>What happens to any profit or surplus?</li><li>Which services does "
                                "it mainly exist to deliver?</li><li>Is it a new spin-out, or an established body that "
                                "describes itself as a mutual?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A team tells you they want to 'go mutual'. Before you talk about timetables, agree "
                                "what they mean. Write down how employees will control the new body, what will happen "
                                "to surpluses and which services it will run. Test this against the definition you "
                                "will rely on. Take legal advice before you use the power to reserve a contract.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 15)."
                        ),
                        "Procurement Act 2023, section 33 (reserving contracts to public service mutuals).",
                    ],
                },
                {
                    "slug": "how-mutuals-grew",
                    "title": "How mutuals grew",
                    "summary": (
                        "See how the number of public service mutuals grew between 2010 and early 2013, and what that "
                        "evidence could and could not show."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Between 2010 and early 2013 the number of public service mutuals rose quickly. You "
                                "may hear these figures from suppliers, staff or councillors. Knowing what they show, "
                                "and what they do not, helps you judge the claims made about mutuals.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "Growth of mutuals, as reported in February 2013",
                                "facts": [
                                    {"key": "Mutuals in 2010", "value": "9"},
                                    {"key": "Mutuals in January 2013", "value": "66"},
                                    {"key": "Growth", "value": "Seven-fold"},
                                    {"key": "Sectors with mutuals", "value": "Around 13"},
                                    {"key": "Mutuals spun out of local government", "value": "19"},
                                    {"key": "Local authorities the Cabinet Office had advised", "value": "Over 70"},
                                ],
                            },
                        ),
                        ("heading", {"text": "Where the push came from", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Cabinet Office led the government's work to help employee-led mutuals form and "
                                "grow in the public sector. This was part of the Open Public Services agenda. Its aim "
                                "was to open public services to as wide a range of providers as possible. The "
                                "government argued that this was good for people who use services and for "
                                "taxpayers.</p><p>The government also said that early evidence suggested mutuals "
                                "could:</p><ul><li>make efficiencies</li><li>raise productivity</li><li>improve "
                                "satisfaction among both staff and service users</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "What the evidence could not show", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Select Committee was more cautious. It found that mutuals and co-operatives "
                                "were not being set up in significant numbers to run local services. The evidence from "
                                "the few that existed was encouraging. But it was not enough to prove better services, "
                                "savings, or stronger engagement and accountability. Without more support, the "
                                "Committee expected little to happen.</p><p>The government replied that the growth "
                                "showed the agenda was succeeding and could last. It accepted that there was still "
                                "work to do.</p>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>These figures describe early 2013 only. They are not a current count of "
                                    "mutuals, and you should not quote them as one. The support programmes and Cabinet "
                                    "Office team described in this course were the arrangements of that time.</p><p>If "
                                    "you need current numbers, find recent research and always say where the figures "
                                    "came from and when.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Growth figures tell you about interest, not results. When you write a business "
                                "case, keep evidence of activity, such as how many mutuals exist, separate from "
                                "evidence of outcomes, such as whether services became better or cheaper.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>What outcomes has this provider achieved, and how were they "
                                "measured?</li><li>How old is the evidence, and does it come from services like "
                                "ours?</li><li>Are we relying on national figures when we need local ones?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>If a report to councillors quotes the rise from 9 mutuals in 2010 to 66 in January "
                                "2013, make sure it gives the dates and the source. Then set out the local evidence "
                                "that matters for the decision in front of them.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': Introduction."
                        ),
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': Conclusion (response to paragraph 94)."
                        ),
                    ],
                },
                {
                    "slug": "mutuals-in-local-government",
                    "title": "Mutuals in local government",
                    "summary": (
                        "Find out which council services had spun out as mutuals by early 2013 and who helped councils "
                        "explore the option."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>By early 2013 the government said that mutuals were gaining significant traction "
                                "across local government. Nineteen had spun out of councils, and more were in "
                                "development. This lesson looks at the services they came from and at who helped "
                                "councils explore the idea.</p>"
                            ),
                        ),
                        ("heading", {"text": "Services that spun out", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The mutuals that had left local government came from a wide range of services, "
                                "including:</p><ul><li>adult social care</li><li>libraries</li><li>children's "
                                "services</li><li>housing</li><li>integrated health and social care</li></ul><p>Social "
                                "care drew particular interest, as councils looked for more efficient ways to run core "
                                "services. The Cabinet Office and the then Department for Communities and Local "
                                "Government were also working to remove barriers so that fire and rescue authorities "
                                "in England could mutualise services and contract to provide their full range of "
                                "work.</p>"
                            ),
                        ),
                        ("heading", {"text": "Who helped councils", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Awareness of mutual models grew fast. The Cabinet Office worked with sector bodies "
                                "such as the Local Government Association, Local Partnerships and the Society of Local "
                                "Authority Chief Executives. Regional conferences, workshops, roadshows and one-to-one "
                                "support all played a part.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "Local government mutuals in early 2013",
                                "body": (
                                    "<p>In February 2013 the government reported that 19 public service mutuals had "
                                    "spun out of council services, with more in development. Since May 2012 the "
                                    "Cabinet Office had engaged over 70 local authorities that were actively exploring "
                                    "mutuals. More councils were using the Mutuals Information Service and the Mutuals "
                                    "Support Programme and moving towards spin-out.</p>"
                                ),
                                "source": (
                                    "Government response to the CLG Select Committee, February 2013 (facts taken from "
                                    "the memo)"
                                ),
                            },
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The list of services shows that mutuals are not only for small or back-office "
                                "services. Councils have used them for regulated, statutory services such as "
                                "children's services and adult social care. That raises the stakes. Your council keeps "
                                "its statutory duties even when another organisation delivers the service.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Which of our services have a stable, committed staff group who might want to "
                                "run them?</li><li>What statutory duties and regulation apply, and how would a mutual "
                                "meet them?</li><li>Which other councils have spun out a similar service, and what did "
                                "they learn?</li></ul>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The Department for Communities and Local Government has since been renamed, "
                                    "and the Cabinet Office services named here were part of the 2013 support offer. "
                                    "The count of 19 local government mutuals is a 2013 figure, not a current one.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Map your own services against the list above. For each one, note whether staff "
                                "have raised the idea of a mutual, what regulation applies and who you could learn "
                                "from. Use this to decide where a feasibility study might be worth the effort.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': Introduction."
                        ),
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 15)."
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "commissioning-for-outcomes",
            "title": "Commissioning for outcomes and social value",
            "introduction": (
                "<p>This module covers open commissioning, the duty to consider social value and the principle that no "
                "sector should get an automatic advantage.</p><p>It starts from the position in 2013 and explains what "
                "has changed in procurement law since then.</p>"
            ),
            "lessons": [
                {
                    "slug": "open-commissioning",
                    "title": "Open commissioning",
                    "summary": (
                        "Understand what open commissioning means and what council leaders said about it in 2013."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Open commissioning means letting a wide range of providers compete to deliver a "
                                "service, instead of assuming the council will always run it itself. In 2013 the "
                                "government said the challenge for local government was to extend this approach to "
                                "services that were not yet open to other providers, or were only partly open.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": (
                                    "What council leaders and chief executives said, as reported in February 2013"
                                ),
                                "facts": [
                                    {
                                        "key": (
                                            "Expected their council to take a bigger role as a strategic commissioner "
                                            "over the next few years"
                                        ),
                                        "value": "82%",
                                    },
                                    {
                                        "key": "Saw no service or function as off limits for future outsourcing",
                                        "value": "89%",
                                    },
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The government read these figures as a sign that councils were willing: 'There is "
                                "no lack of will among local authorities.' In its view, what held them back was skills "
                                "and habits, not a lack of will.</p>"
                            ),
                        ),
                        ("heading", {"text": "Barriers councils reported", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Council leaders and chief executives told the government that commissioning skills "
                                "were scarce. They also said some unhelpful procurement 'behaviours' had become "
                                "entrenched. The Commissioning Academy, covered in module 7, was part of the "
                                "response.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Open commissioning is a choice about the whole system, not a single tender. Start "
                                "from the outcomes people need. Then ask who could best deliver them: the council, a "
                                "charity, a business, a mutual or a mix.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Which of our services are fully open, partly open or closed to other "
                                "providers, and why?</li><li>Is a service closed because of evidence, or because of "
                                "habit?</li><li>What would it take to open it up, and what are the risks?</li><li>How "
                                "will we involve the people who use the service, and the staff who run it?</li></ul>"
                            ),
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>The survey figures above date from 2013 "
                                "and may not reflect councils' views today. Procurement law has also changed. Most new "
                                "procurements by public bodies in England, Wales and Northern Ireland begun from 24 "
                                "February 2025 follow the Procurement Act 2023. Module 6 explains what that means for "
                                "mutuals.</p>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Pick one service that has never been opened to other providers. Write one "
                                "paragraph on why, one on the outcomes it should achieve and one on who else might "
                                "deliver them. Share it with colleagues in finance, legal and procurement before you "
                                "decide what to do next.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': Introduction; 'Specific recommendations for "
                            "Government' (responses to paragraphs 15 and 70)."
                        ),
                        "Procurement Act 2023 (in force for procurements begun from 24 February 2025).",
                    ],
                },
                {
                    "slug": "social-value",
                    "title": "Social value",
                    "summary": (
                        "Learn how the Social Value Act and the December 2012 Procurement Policy Note shaped "
                        "commissioning, and where to check the current rules."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Social value means the wider economic, social and environmental benefits that a "
                                "service can bring to an area, beyond the service itself. For many service contracts "
                                "you must think about social value before you start to buy.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "Social value: key dates",
                                "facts": [
                                    {
                                        "key": "Cabinet Office Procurement Policy Note on social value published",
                                        "value": "20 December 2012",
                                    },
                                    {
                                        "key": "Public Services (Social Value) Act 2012 came into force",
                                        "value": "31 January 2013",
                                    },
                                    {
                                        "key": "When social value must be considered",
                                        "value": "Before the procurement starts",
                                    },
                                ],
                            },
                        ),
                        ("heading", {"text": "What the law required in 2013", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Public Services (Social Value) Act 2012, usually called the Social Value Act, "
                                "came into force on 31 January 2013. It requires public authorities to consider social "
                                "value at the pre-procurement stage. The Cabinet Office had already published a "
                                "Procurement Policy Note on 20 December 2012. It explained what commissioners and "
                                "procurement teams should do in response to the Act.</p><p>The same applies when a "
                                "council runs a procurement after accepting an expression of interest under the "
                                "Community Right to Challenge. It must consider social value.</p>"
                            ),
                        ),
                        ("heading", {"text": "Social value belongs to the service, not the provider", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The government was clear that social value lies in the service and its outcomes. "
                                "It does not come from the legal form of the organisations that bid. Co-operatives and "
                                "mutuals may be well placed to deliver social value, but they have to prove it through "
                                "an objective evaluation in the procurement. You cannot give extra marks to a bidder "
                                "just because it is a mutual.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Decide what social value you want before you write the specification. Make it "
                                "specific to the service and the area, and make sure you can measure it.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Which wider benefits matter most to our residents?</li><li>How will we "
                                "describe them so that any type of provider can offer them?</li><li>How will we score "
                                "them fairly, and check they are delivered during the contract?</li></ul>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The Social Value Act is still law, but the guidance around it has moved on. "
                                    "Procurement Policy Notes are updated and replaced over time, so check the current "
                                    "ones on GOV.UK instead of relying on the December 2012 note.</p><p>Since 24 "
                                    "February 2025, new procurements in England, Wales and Northern Ireland follow the "
                                    "Procurement Act 2023. Contracts are awarded to the 'most advantageous tender' "
                                    "(section 19). Scotland has its own procurement rules.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Before your next service procurement, hold a short session with service users, "
                                "staff and local partners. Agree two or three social value outcomes, how you will "
                                "measure them and how much weight they will carry. Record the decision, so you can "
                                "show that you considered social value before you started.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 64)."
                        ),
                        "Public Services (Social Value) Act 2012.",
                        (
                            "Procurement Act 2023, section 19 (award of public contracts after a competitive tendering "
                            "procedure)."
                        ),
                    ],
                },
                {
                    "slug": "no-presumption-for-any-sector",
                    "title": "No presumption for any sector",
                    "summary": (
                        "Understand why the government said no sector should be favoured, and how to stay neutral when "
                        "mutuals bid."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Commissioners are sometimes pushed to favour one type of provider: in-house teams, "
                                "charities, businesses or mutuals. In 2013 the government's position was that no "
                                "sector should get an automatic advantage. Its role was to create an open framework in "
                                "which a wide range of providers could compete to provide the services that people "
                                "need.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "There is no ideological presumption in favour of one particular sector delivering "
                                    "services."
                                ),
                                "citation": "Government response to the CLG Select Committee, February 2013",
                            },
                        ),
                        ("heading", {"text": "What the Committee asked for", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Select Committee argued that employee ownership, and the wider benefits of "
                                "co-operative approaches, offered social value. These benefits included more "
                                "involvement of service users and communities. It asked the government to change its "
                                "statutory guidance for the Community Right to Challenge, and its advice to councils "
                                "on procurement, to reflect this.</p><p>The government replied that value lies in the "
                                "service and its outcomes. Mutuals may have features that help them deliver social "
                                "value, but they must show this in the same fair process as everyone else. Deciding "
                                "which sector delivers which service was not, in its view, the government's job.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Neutral does not mean passive. You can design a process that lets new and smaller "
                                "providers, including mutuals, compete fairly. What you should not do is score a bid "
                                "higher because of who the bidder is.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "Fair and unfair ways to support a range of providers",
                                "header": ["Fair", "Unfair"],
                                "rows": [
                                    [
                                        "Setting outcomes that any type of provider could meet",
                                        "Writing a specification that only one type of provider could meet",
                                    ],
                                    [
                                        "Talking to the market, including mutuals, before you buy",
                                        "Sharing information with one bidder and not the others",
                                    ],
                                    [
                                        "Using financial and experience tests that fit the size of the contract",
                                        "Adding marks for legal form alone",
                                    ],
                                    [
                                        "Testing social value objectively in the evaluation",
                                        "Assuming a mutual will deliver more social value",
                                    ],
                                ],
                            },
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013: reserved contracts",
                                "body": (
                                    "<p>There is now one lawful way to limit a competition to mutuals. Since the "
                                    "Public Contracts Regulations 2015, the law has let authorities reserve some "
                                    "contracts for them for a limited time. Today the rule is section 33 of the "
                                    "Procurement Act 2023. Module 6 explains the conditions. Outside those conditions, "
                                    "the principle of no presumption still holds.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Could any type of provider meet our specification?</li><li>Are our financial "
                                "and experience requirements in proportion to the contract?</li><li>Have we checked "
                                "our evaluation criteria for hidden bias, for or against any sector?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Ask a colleague who is not involved in the project to read your specification and "
                                "evaluation criteria. Ask them which kind of provider they think you want. If they can "
                                "tell, rewrite the documents so that they focus on outcomes.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 64)."
                        ),
                        "Public Contracts Regulations 2015, regulation 77; Procurement Act 2023, section 33.",
                    ],
                },
            ],
        },
        {
            "slug": "right-to-challenge-and-support",
            "title": "The Community Right to Challenge and the support programmes",
            "introduction": (
                "<p>This module explains how the Community Right to Challenge gave council staff a route to propose a "
                "mutual, what support was available in 2013 and how to build an evidence base.</p><p>The support "
                "programmes described here were time-limited. Each lesson says what has changed since.</p>"
            ),
            "lessons": [
                {
                    "slug": "community-right-to-challenge",
                    "title": "The Community Right to Challenge",
                    "summary": (
                        "Understand how the Community Right to Challenge gave council staff a route to propose running "
                        "a service as a mutual."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>The Community Right to Challenge lets certain groups tell a council that they want "
                                "to run one of its services. In 2013 the government saw it as a useful route for "
                                "council staff who wanted to form a mutual. It expected the right to help most where "
                                "staff felt their council was not listening to their ideas.</p>"
                            ),
                        ),
                        ("heading", {"text": "Who can use it", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The right is open to council employees. It is also open to community groups, "
                                "voluntary and community sector organisations and social enterprises. It gives them a "
                                "chance to challenge the way a service is run and to compete to deliver it.</p>"
                            ),
                        ),
                        ("heading", {"text": "How it worked with mutuals", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>By 2013 many new mutuals had spun out in close collaboration with their council or "
                                "parent body. The right gave staff an extra lever when that support was "
                                "missing.</p><ul><li>Staff set out their proposal in an expression of "
                                "interest.</li><li>If the council accepted it, a procurement exercise "
                                "followed.</li><li>The council had to consider social value in that "
                                "procurement.</li><li>Other providers could bid, so the challengers still had to win "
                                "the contract.</li></ul>"
                            ),
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>The Community Right to Challenge comes "
                                "from the Localism Act 2011 and applies to councils in England. The support programme "
                                "that helped people use it in 2013 was funded only until March 2015. A procurement "
                                "that follows an accepted challenge is now run under the Procurement Act 2023 if it "
                                "began on or after 24 February 2025. Check the current statutory guidance before you "
                                "respond to an expression of interest.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>An expression of interest from your own staff can feel awkward. Treat it like any "
                                "other: on its merits, in line with the process and timetable your council has set. It "
                                "may also tell you something useful about how staff see the service.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Have we published when and how we will accept expressions of "
                                "interest?</li><li>How will we manage conflicts of interest if staff who plan to bid "
                                "also run the current service?</li><li>What would the procurement look like if we "
                                "accepted this challenge?</li><li>Could we have worked with these staff earlier, "
                                "before they felt they had to challenge?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "case_study",
                            {
                                "title": "A fictional example: the library outreach team",
                                "body": (
                                    "<p>This is a fictional example. Staff in a council's library outreach team send "
                                    "an expression of interest to run the service as a mutual. The commissioner checks "
                                    "it against the council's published process and accepts it. She considers social "
                                    "value before the procurement starts. She keeps the staff who plan to bid away "
                                    "from writing the specification, and invites other providers to bid as well.</p>"
                                ),
                                "source": "Fictional scenario written for this course",
                            },
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': Introduction; 'Specific recommendations for "
                            "Government' (responses to paragraphs 46, 47 and 64)."
                        ),
                        "Localism Act 2011, Part 5, Chapter 2 (community right to challenge).",
                        "Procurement Act 2023 (in force for procurements begun from 24 February 2025).",
                    ],
                },
                {
                    "slug": "support-programmes",
                    "title": "The support programmes",
                    "summary": (
                        "Learn what support was available in 2013 through the Community Right to Challenge support "
                        "programme and the Mutuals Support Programme."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>In 2013 two government programmes helped people who wanted to set up a mutual. One "
                                "supported groups using the Community Right to Challenge. The other supported the "
                                "creation of employee-led mutuals more widely. Both belonged to that period, but they "
                                "show the kind of help a spin-out team is likely to need.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "The two support programmes, as reported in February 2013",
                                "header": [
                                    "",
                                    "Community Right to Challenge support programme",
                                    "Mutuals Support Programme",
                                ],
                                "rows": [
                                    [
                                        "Led by",
                                        (
                                            "Funded by the Department for Communities and Local Government and run by "
                                            "a consortium led by the Social Investment Business"
                                        ),
                                        "Cabinet Office",
                                    ],
                                    ["Funding", "£11.5 million overall, funded until March 2015", "A £10 million fund"],
                                    [
                                        "What it offered",
                                        "Advice, specialist support and grants",
                                        (
                                            "Dedicated support through a hotline, and technical advice and products "
                                            "through the Mutuals Information Service"
                                        ),
                                    ],
                                    [
                                        "Who could use it",
                                        (
                                            "Groups using the right, including council staff who wanted to use it or "
                                            "understand their options for an employee mutual"
                                        ),
                                        "Organisations across the public sector",
                                    ],
                                    [
                                        "Reported use",
                                        (
                                            "Over 900 groups had contacted the advice line since July 2012. 15 were "
                                            "existing or potential council mutuals; 5 were referred for specialist "
                                            "advice; 2 received grants"
                                        ),
                                        (
                                            "Over 117 organisations supported by the Mutuals Information Service "
                                            "hotline; around 1,600 visits a week to the Mutuals Information Service "
                                            "website"
                                        ),
                                    ],
                                ],
                            },
                        ),
                        ("heading", {"text": "What the numbers tell you", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The advice line was busy, but few contacts came from potential council mutuals: 15 "
                                "out of more than 900. Of those 15, five were referred for specialist advice. Two "
                                "employee mutuals had received grants to help them challenge for council services. The "
                                "pattern is a funnel: many enquiries, fewer serious proposals and only a small number "
                                "ready for funding.</p><p>The government also planned to create 15 Mutual Ambassadors. "
                                "The Committee hoped this would help to join up work across government.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A spin-out team needs help with legal structure, finance, business planning and "
                                "bidding. You cannot give all of this yourself without a conflict of interest. So you "
                                "need to know where independent support can be found.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>What independent advice can staff get, and who pays for it?</li><li>Has the "
                                "team had help with business planning and bidding, not just legal set-up?</li><li>How "
                                "do we keep our role as commissioner separate from any support we give?</li></ul>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The Community Right to Challenge support programme was funded until March "
                                    "2015, so it is no longer available. The Mutuals Support Programme, the Mutuals "
                                    "Information Service and its website were Cabinet Office arrangements of 2013. "
                                    "Look for current sources of support instead of those named here, and check that "
                                    "any adviser is independent of the bid.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Keep a short list of independent sources of advice for staff who ask about "
                                "mutuals, and review it every year. Give the same list to any other group that asks, "
                                "so that everyone is treated equally.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': Introduction; 'Specific recommendations for "
                            "Government' (responses to paragraphs 15 and 46); Conclusion."
                        ),
                    ],
                },
                {
                    "slug": "guidance-and-evidence",
                    "title": "Guidance and evidence",
                    "summary": (
                        "Understand the 2013 debate about evidence and guidance for mutuals, and how to build your own "
                        "evidence base."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Good decisions need good evidence. In 2013 the Select Committee worried that a "
                                "lack of evidence about mutuals was holding some councils back. This lesson covers "
                                "what the government offered in reply, and how you can fill the gaps yourself.</p>"
                            ),
                        ),
                        ("heading", {"text": "What the Committee said", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Committee made several points:</p><ul><li>the Cabinet Office had focused on "
                                "employee-owned mutuals, while councils were interested in more kinds of mutual and "
                                "co-operative</li><li>the Cabinet Office and the Department for Communities and Local "
                                "Government needed to work more closely, with the Local Government Association as a "
                                "link to councils</li><li>evidence on how well mutuals and co-operatives ran council "
                                "services was limited, and the bodies involved should co-ordinate better to gather and "
                                "share it</li></ul><p>The Committee did not want a new legal form for co-operatives. "
                                "It thought that would add complexity and rigidity that could stifle innovation. "
                                "Following the Nuttall Review, it asked instead for 'off the shelf' models with "
                                "guidance.</p>"
                            ),
                        ),
                        ("heading", {"text": "What the government offered", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The government said the two departments were working closely, and that the bodies "
                                "running the two support programmes co-ordinated their work. It pointed to a hotline "
                                "for advice and to a Knowledge Exchange on the Mutuals Information Service website. "
                                "The Knowledge Exchange held guidance from government and from third parties, and good "
                                "practice from existing mutuals.</p>"
                            ),
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>The hotline, Knowledge Exchange and "
                                "Cabinet Office website were part of the 2013 support offer. Do not expect to find "
                                "them at the same addresses today. Remember too that the evidence base in 2013 was "
                                "small, as the Committee said. Look for more recent, independent evaluations, and "
                                "check their dates.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You will rarely have perfect evidence. Be honest about what you know, what you do "
                                "not know and how you will find out. Build evaluation into the contract from the "
                                "start.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>What evidence do we have about this kind of provider in this kind of "
                                "service?</li><li>Is the evidence independent, or does it come from people promoting "
                                "the model?</li><li>What baseline data do we need to collect now, so that we can judge "
                                "the results later?</li><li>How will we share what we learn with other "
                                "councils?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Before a service spins out, record a baseline: cost, activity, outcomes, and staff "
                                "and user satisfaction. Agree with the new provider how it will report these. After a "
                                "year, publish a short, honest review so that others can learn from your "
                                "experience.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(responses to paragraphs 46, 47 and 58)."
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "local-authority-role",
            "title": "The local authority's role",
            "introduction": (
                "<p>This module looks at the council's part in a spin-out: learning from other commissioners, "
                "supporting staff fairly and using the right tools.</p><p>It describes the arrangements of 2013 and "
                "tells you what to check today.</p>"
            ),
            "lessons": [
                {
                    "slug": "commissioners-group",
                    "title": "The Local Authority Mutuals Commissioners' Group",
                    "summary": (
                        "Learn about the Local Authority Mutuals Commissioners' Group and its three roles: challenge, "
                        "collaborate and champion."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Commissioners are central to any spin-out. To help them, the Cabinet Office set up "
                                "the Local Authority Mutuals Commissioners' Group. Its purpose was to offer insight "
                                "and practical solutions that other commissioners could learn from.</p>"
                            ),
                        ),
                        ("heading", {"text": "Who was in the group", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Its members were council commissioners who were working on a mutual spin-out "
                                "project at the time. A council commissioner chaired it. In February 2013 the chair "
                                "was the Tri-Borough Children's Service Commissioner.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "The group's three roles",
                                "facts": [
                                    {
                                        "key": "Challenge",
                                        "value": (
                                            "Provide challenge and direction on council mutuals and the support they "
                                            "need"
                                        ),
                                    },
                                    {
                                        "key": "Collaborate",
                                        "value": (
                                            "Work with peers and central government to tackle barriers to spinning "
                                            "out, from a commissioner's point of view"
                                        ),
                                    },
                                    {
                                        "key": "Champion",
                                        "value": (
                                            "Promote the agenda and explain the business case for mutuals across local "
                                            "government"
                                        ),
                                    },
                                ],
                            },
                        ),
                        ("heading", {"text": "Why peer groups help", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A spin-out raises questions that many commissioners face only once. How do you set "
                                "the first contract? How do staff and assets transfer? What if the new body struggles? "
                                "A peer group lets you test your approach with people who have faced the same "
                                "problems. It can also give central government a clearer picture of the barriers "
                                "councils meet: working with central government on those barriers was one of the "
                                "group's roles.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You can use the three roles as a checklist for your own part in a spin-out. "
                                "Challenge the proposal honestly. Collaborate with colleagues and other councils. "
                                "Champion good outcomes for residents, while keeping your procurement decisions "
                                "neutral.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Who else in our region has spun out a similar service?</li><li>Is there a "
                                "current peer network for commissioners that we can join?</li><li>Which barriers have "
                                "we met that others may already have solved?</li></ul>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The group is described here as it stood in February 2013, including its chair "
                                    "at that time. It was part of the Cabinet Office support of that period. Check "
                                    "whether a similar network exists today, for example through sector bodies, before "
                                    "you rely on one.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Set up a small peer review for your spin-out project. Invite a commissioner from "
                                "another council who has been through a spin-out. Ask them to challenge your plan "
                                "against the three roles, and record what you change as a result.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 70)."
                        ),
                    ],
                },
                {
                    "slug": "supporting-staff-who-want-to-spin-out",
                    "title": "Supporting staff who want to spin out",
                    "summary": (
                        "Understand why staff may need skills more than motivation to set up a mutual, and how you can "
                        "support them fairly."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Setting up a new organisation to run a council service is a big step. The service "
                                "may be heavily regulated or carry statutory duties. In 2013 the Select Committee did "
                                "not think council staff lacked enterprise. It thought they lacked the skills and "
                                "understanding needed to get started.</p>"
                            ),
                        ),
                        ("heading", {"text": "Two routes to spin out", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In 2013 the government said that many new mutuals had spun out in close "
                                "collaboration with their council or parent body. Where the council did not support "
                                "the idea, staff could use the Community Right to Challenge instead. A supported route "
                                "gives everyone more time to plan, including the people who use the service.</p>"
                            ),
                        ),
                        ("heading", {"text": "Skills staff need", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Committee agreed with the Mutuals Taskforce that government support should "
                                "help public sector employees build commercial and other skills. Typical needs "
                                "include:</p><ul><li>business planning and pricing</li><li>governance and legal "
                                "structures</li><li>finance, including raising money</li><li>bidding and contract "
                                "management</li><li>leading change with colleagues and trade unions</li></ul><p>The "
                                "Committee also thought that a better grasp of procurement might reassure managers who "
                                "were reluctant to encourage staff to look at these options.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional example: the reablement team",
                                "body": (
                                    "<p>This is a fictional example. A council's reablement team wants to form a "
                                    "mutual. The commissioner meets the team early, explains the council's process and "
                                    "points them to independent advice on governance and finance. They agree a "
                                    "timetable for a feasibility study. She makes clear that the council will decide "
                                    "how to buy the service only after the study, based on the evidence.</p>"
                                ),
                                "source": "Fictional scenario written for this course",
                            },
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You have two roles that can pull against each other: helping staff develop a "
                                "proposal, and buying the best service for residents. Keep them apart. Be open about "
                                "the process, give the same information to everyone who might bid, and get advice on "
                                "conflicts of interest.</p>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013: conflicts of interest",
                                "body": (
                                    "<p>For procurements under the Procurement Act 2023, contracting authorities must "
                                    "identify and manage conflicts of interest, and keep a conflicts assessment. If "
                                    "staff who plan to bid also run or help design the current service, record this "
                                    "and how you are managing it.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Do staff understand what running an independent organisation "
                                "involves?</li><li>What independent support can they get?</li><li>How will we keep the "
                                "commissioning decision separate from the support we give?</li><li>How will we keep "
                                "service users informed?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>When staff first raise the idea, meet them promptly. Explain the options, the "
                                "process and the timetable in writing. Agree who in the council will support them and "
                                "who will make the commissioning decision, and make sure these are different "
                                "people.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(responses to paragraphs 46, 47 and 70)."
                        ),
                        "Procurement Act 2023, Part 5, sections 81 to 83 (conflicts of interest).",
                    ],
                },
                {
                    "slug": "commissioner-hub-and-e-learning",
                    "title": "The commissioner hub and e-learning",
                    "summary": (
                        "Find out what online tools and training were developed for council commissioners in 2013, and "
                        "how to use learning resources well."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Commissioners need practical tools, not just policy. In 2013 two resources were "
                                "being built for council commissioners: a commissioner hub on the Mutuals Information "
                                "Service website, and free e-learning.</p>"
                            ),
                        ),
                        ("heading", {"text": "The commissioner hub", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Local Authority Mutuals Commissioners' Group helped to develop the hub. It "
                                "brought together information, tools, case studies and peer networks. It aimed to "
                                "support commissioners at every stage, from before a feasibility study to spin-out and "
                                "beyond.</p>"
                            ),
                        ),
                        ("heading", {"text": "Free e-learning", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Department for Communities and Local Government was also working with other "
                                "government departments to develop free e-learning for all council commissioners.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "Stages of a spin-out and what a commissioner needs at each",
                                "header": ["Stage", "What you need to know", "Typical tools"],
                                "rows": [
                                    [
                                        "Pre-feasibility",
                                        "Is there a case to explore, and who is interested?",
                                        "Service review, stakeholder map",
                                    ],
                                    [
                                        "Feasibility",
                                        "Could a mutual deliver the outcomes safely and affordably?",
                                        "Options appraisal, risk register",
                                    ],
                                    [
                                        "Preparing to spin out",
                                        "How will staff, assets and contracts transfer?",
                                        "Business case, contract terms, asset transfer plan",
                                    ],
                                    [
                                        "After spin-out",
                                        "Is the service delivering, and is the provider sustainable?",
                                        "Contract management plan, performance reports",
                                    ],
                                ],
                            },
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Tools save time, but only if they fit your situation. Before you use a tool or "
                                "template, check who wrote it, when, and under which law.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Was this template written for the procurement law that applies "
                                "now?</li><li>Does it fit a service like ours?</li><li>Who in our council keeps our "
                                "own templates up to date?</li></ul>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The commissioner hub sat on a Cabinet Office website that belonged to the 2013 "
                                    "support programme. Do not expect to find it at the same address. This course is "
                                    "part of the Commissioning Academy platform and gives you its own learning. For "
                                    "official guidance, search GOV.UK, and check the date of anything you find. "
                                    "Templates written before 24 February 2025 may refer to the Public Contracts "
                                    "Regulations 2015, which the Procurement Act 2023 has replaced for new "
                                    "procurements.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Build a small toolkit for your team: an options appraisal template, a risk "
                                "register and a contract management plan. Add a review date to each one. Check them "
                                "against current procurement law at least once a year.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 70)."
                        ),
                        "Procurement Act 2023 (in force for procurements begun from 24 February 2025).",
                    ],
                },
            ],
        },
        {
            "slug": "finance-and-assets",
            "title": "Finance and asset locks",
            "introduction": (
                "<p>This module covers how new mutuals find finance, what an asset lock does and how to transfer "
                "council assets without putting public value at risk.</p><p>Funding sources and legal forms have "
                "changed since 2013. The lessons point out where.</p>"
            ),
            "lessons": [
                {
                    "slug": "finding-finance",
                    "title": "Finding finance",
                    "summary": (
                        "Understand where mutuals could find finance in 2013, and what to check in a spin-out's "
                        "financial plan."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>A new mutual needs money to start up and to grow. In 2013 the Select Committee "
                                "warned that finance for new mutuals and co-operatives was scarce. Without it, the "
                                "Committee said, encouragement and advice would achieve nothing.</p>"
                            ),
                        ),
                        ("heading", {"text": "What the Committee asked for", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Committee wanted a government programme to help lenders, Big Society Capital "
                                "among them, understand how to lend to mutuals and co-operatives.</p>"
                            ),
                        ),
                        ("heading", {"text": "Where the government said finance could come from", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The government replied that finance was available from a growing range of "
                                "sources:</p><ul><li>funds such as the Social Enterprise Investment Fund and the "
                                "Mutuals Support Programme</li><li>national programmes for particular sectors, run by "
                                "various government departments</li><li>social investment organisations and "
                                "intermediaries</li><li>commercial lenders</li></ul><p>It also pointed to guidance, "
                                "tools and templates on the Mutuals Information Service. It said it would work with "
                                "finance providers so that information about sources of funding was easy to find.</p>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The funds named here were available in 2013. Funding programmes open and "
                                    "close, so check what is available now before you point a spin-out team to any of "
                                    "them. The memo describes the support of that time, not current budgets.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Assets as a source of finance", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Committee noted that transferring assets to a new mutual can help to finance a "
                                "start-up. It also saw risks. The next two lessons cover asset locks and safe "
                                "transfers.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>You are not the mutual's lender, but its finances affect the service you "
                                "commission. A provider without enough working capital is a risk to the continuity of "
                                "the service.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>How will the mutual pay for its first year, including set-up "
                                "costs?</li><li>How much working capital will it have, and where will it come "
                                "from?</li><li>Will any lender have security over assets used to deliver our "
                                "service?</li><li>What happens to the plan if the contract value falls?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Ask the spin-out team for a simple funding plan for its first three years. Ask "
                                "your finance team to review it as they would for any new supplier. Record the risks "
                                "they find in your contract risk register, and agree how you will monitor them.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 54); the Committee's recommendation on asset transfer."
                        ),
                    ],
                },
                {
                    "slug": "asset-locks",
                    "title": "Asset locks",
                    "summary": (
                        "Learn what an asset lock is, which bodies the 2013 memo listed as having one automatically, "
                        "and what a lock does and does not prevent."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>When a council transfers a building or another asset to a mutual, it wants that "
                                "asset to keep serving the community. An asset lock is one way to make this happen.</p>"
                            ),
                        ),
                        ("heading", {"text": "What an asset lock does", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>An asset lock makes sure that an organisation's assets, including any profits or "
                                "surpluses from its work, are used to support the aims in its mission statement. It "
                                "stops the value being taken out for other purposes.</p><p>In 2013 the government "
                                "listed four types of organisation as automatically subject to an asset "
                                "lock:</p><ul><li>trusts</li><li>community interest companies</li><li>industrial and "
                                "provident societies</li><li>charitable companies</li></ul>"
                            ),
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>Industrial and provident societies are "
                                "now called co-operative and community benefit societies, under the Co-operative and "
                                "Community Benefit Societies Act 2014. Do not assume that a body has an asset lock "
                                "because of its name or legal form. Check its governing documents and take legal "
                                "advice.</p>"
                            ),
                        ),
                        ("heading", {"text": "Locks on transferred assets", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>When a council hands an asset to a mutual under a service contract, it can place "
                                "an asset lock on that asset. The lock does not stop the mutual borrowing against the "
                                "asset or selling it later, as long as the money goes to the body's core aims. It is "
                                "for each council to make sure that the protection it writes into the contract is "
                                "proportionate.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "What an asset lock does and does not do",
                                "facts": [
                                    {
                                        "key": "Protects",
                                        "value": "The organisation's assets and surpluses, so they support its mission",
                                    },
                                    {
                                        "key": "Does not stop",
                                        "value": (
                                            "Borrowing against an asset, or selling it, if the money goes to the "
                                            "body's core aims"
                                        ),
                                    },
                                    {
                                        "key": "Who sets the protection",
                                        "value": "The council, when it draws up the contract",
                                    },
                                    {
                                        "key": "Where to get advice",
                                        "value": "Each council and each mutual should take its own legal advice",
                                    },
                                ],
                            },
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>An asset lock protects purpose, not the asset itself. If you need a building to "
                                "stay in use for the service, a lock on its own is not enough. You need suitable terms "
                                "in the contract or the transfer documents.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Does the mutual's legal form include an asset lock, and what exactly does it "
                                "say?</li><li>Do we need the asset to stay in use for this service, or only its value "
                                "to stay in the community?</li><li>What level of protection fits the value and "
                                "importance of the asset?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>List every asset that might transfer. For each one, note its value, how important "
                                "it is to the service and the protection you propose. Ask legal colleagues to check "
                                "this against the mutual's governing documents.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to the Committee's recommendation on asset transfer)."
                        ),
                        "Co-operative and Community Benefit Societies Act 2014.",
                    ],
                },
                {
                    "slug": "transferring-assets-safely",
                    "title": "Transferring assets safely",
                    "summary": (
                        "Weigh the benefits and risks of transferring council assets to a mutual, and plan protection "
                        "in proportion to the risk."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Transferring assets can give a new mutual a firm footing, for example by giving it "
                                "something to borrow against. But assets can also be lost. In 2013 the Select "
                                "Committee weighed up these points. It concluded that there should be no general block "
                                "on transfers, and asked for guidance on the conditions for them.</p>"
                            ),
                        ),
                        ("heading", {"text": "Benefits and risks", "level": "h2"}),
                        (
                            "table",
                            {
                                "caption": "The Committee's view of asset transfers in 2013",
                                "header": ["Issue", "What the Committee said"],
                                "rows": [
                                    [
                                        "Financial case",
                                        "Strong in many cases, because assets can help to finance a new start-up",
                                    ],
                                    ["Management", "Assets might be badly managed"],
                                    [
                                        "Ownership",
                                        (
                                            "Assets might be stripped, or lost completely if the organisation is "
                                            "bought out"
                                        ),
                                    ],
                                    [
                                        "Overall view",
                                        (
                                            "In many cases the benefits outweigh the risks, so there should be no "
                                            "general block on transfers"
                                        ),
                                    ],
                                ],
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>The Committee asked for guidance on when and how assets could be transferred and, "
                                "if needed, returned to the council. The government replied that councils can lock the "
                                "assets they transfer, and must decide how much protection to put in contracts. "
                                "Councils and mutuals should each take their own advice.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Good transfer terms balance two things: protecting public value and letting the "
                                "mutual run as a business. Too little protection puts assets at risk. Too much may "
                                "stop the mutual borrowing or adapting, which can make it less likely to succeed.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Does this asset need to transfer, or would a lease or licence "
                                "work?</li><li>What would happen to the asset if the mutual failed or was bought "
                                "out?</li><li>In what circumstances should the asset come back to the "
                                "council?</li><li>Have we taken legal and valuation advice?</li></ul>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional example: the day centre building",
                                "body": (
                                    "<p>This is a fictional example. A council plans to transfer a day centre building "
                                    "to a new care mutual. The commissioner proposes an asset lock on the building. "
                                    "She also proposes a clause that gives the council the first option to take it "
                                    "back if the mutual stops providing day services. The mutual's lender accepts the "
                                    "terms, because the mutual can still borrow against the building for its core "
                                    "aims.</p>"
                                ),
                                "source": "Fictional scenario written for this course",
                            },
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The Committee's view and the government's reply date from 2013. Legal forms "
                                    "have changed since then: industrial and provident societies became co-operative "
                                    "and community benefit societies under the Co-operative and Community Benefit "
                                    "Societies Act 2014. Check current guidance on asset transfer before you agree "
                                    "terms.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Write a one-page transfer note for each significant asset. Cover why it is "
                                "transferring, its value, the protection you propose and how it could return to the "
                                "council. Get it signed off by legal, finance and the service lead before the contract "
                                "is agreed.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to the Committee's recommendation on asset transfer)."
                        ),
                        "Co-operative and Community Benefit Societies Act 2014.",
                    ],
                },
            ],
        },
        {
            "slug": "procurement-and-continuity",
            "title": "Procurement, reserved contracts and service continuity",
            "introduction": (
                "<p>This module explains how the idea of reserving contracts for new mutuals became law, how section "
                "33 of the Procurement Act 2023 works today and how to plan for a provider failing.</p><p>Procurement "
                "law has changed a great deal since 2013. Check which rules apply before you act.</p>"
            ),
            "lessons": [
                {
                    "slug": "reserved-contracts",
                    "title": "Reserved contracts",
                    "summary": (
                        "Trace how the December 2012 EU agreement on reserving contracts for mutuals became regulation "
                        "77 of the Public Contracts Regulations 2015."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>A new mutual may bring strong professional expertise but little experience of "
                                "bidding. In 2013 the government argued that they needed time to become established "
                                "before facing full competition. This lesson explains how that idea became law.</p>"
                            ),
                        ),
                        ("heading", {"text": "The position in 2013", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Select Committee asked the government to explain how EU procurement rules "
                                "applied to mutuals and co-operatives. It also asked whether a derogation used in "
                                "Italy could work in the UK, and which changes to the EU rules the government "
                                "wanted.</p><p>The government said it was pressing for more flexibility in the EU "
                                "rules. The aim was to give new employee mutuals time to build their commercial skills "
                                "before they had to win contracts in full procurement exercises.</p><p>At the "
                                "Competitiveness Council in December 2012, EU member states agreed to time-limited "
                                "provisions that would let authorities reserve contracts for mutuals. In February 2013 "
                                "this still needed the agreement of the European Parliament.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "From agreement to law",
                                "facts": [
                                    {
                                        "key": "December 2012",
                                        "value": (
                                            "EU member states agree time-limited reserved contracts for mutuals at the "
                                            "Competitiveness Council"
                                        ),
                                    },
                                    {
                                        "key": "2015",
                                        "value": (
                                            "Regulation 77 of the Public Contracts Regulations 2015 allows reserved "
                                            "contracts for certain services"
                                        ),
                                    },
                                    {
                                        "key": "26 October 2023",
                                        "value": "The Procurement Act 2023 receives Royal Assent",
                                    },
                                    {
                                        "key": "24 February 2025",
                                        "value": (
                                            "The Procurement Act 2023 applies to new procurements; section 33 now sets "
                                            "the rules on reserving contracts for mutuals"
                                        ),
                                    },
                                ],
                            },
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>The EU agreement became Article 77 of the "
                                "2014 EU public contracts directive. The UK put it into law as <a "
                                'href="https://www.legislation.gov.uk/uksi/2015/102/regulation/77">regulation 77 of '
                                "the Public Contracts Regulations 2015</a>. It let authorities reserve contracts for "
                                "certain health, social and cultural services for qualifying organisations, such as "
                                "mutuals, for a limited term.</p><p>After the UK left the EU, the 2015 Regulations "
                                "continued to apply until the Procurement Act 2023 replaced them for procurements "
                                "begun from 24 February 2025. The current rule is section 33 of that Act, covered in "
                                "the next lesson.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A reserved contract is a tool for a particular moment: helping a new mutual become "
                                "established. It is not a permanent shelter from competition. Plan from the start for "
                                "the open competition that will follow.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Which law applies to this procurement: the 2015 Regulations or the "
                                "Procurement Act 2023?</li><li>Is the service one of the kinds that can be "
                                "reserved?</li><li>Does the mutual meet the legal test?</li><li>How will we prepare "
                                "the mutual, and the market, for open competition at the end of the term?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>If you manage a contract that was reserved under regulation 77, check when it "
                                "ends. Start planning the next procurement early, under the Procurement Act 2023, and "
                                "tell the provider what to expect.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 63)."
                        ),
                        "Public Contracts Regulations 2015, regulation 77 (reserved contracts for certain services).",
                        "Procurement Act 2023, section 33.",
                    ],
                },
                {
                    "slug": "procurement-act-2023",
                    "title": "The Procurement Act 2023",
                    "summary": (
                        "Learn how section 33 of the Procurement Act 2023 lets you reserve certain contracts for "
                        "public service mutuals, and what limits apply."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>The Procurement Act 2023 is the main procurement law for most public bodies in "
                                "England, Wales and Northern Ireland. It received Royal Assent on 26 October 2023 and "
                                "applies to procurements begun from 24 February 2025. It replaced the Public Contracts "
                                "Regulations 2015 and other procurement regulations. This lesson goes beyond the 2013 "
                                "memo. It explains the law as it stood when this course was last reviewed.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "Section 33 at a glance",
                                "facts": [
                                    {
                                        "key": "What can be reserved",
                                        "value": (
                                            "Contracts for light-touch services of a kind listed in regulations made "
                                            "under the Act"
                                        ),
                                    },
                                    {"key": "Maximum term", "value": "Five years"},
                                    {
                                        "key": "The three-year rule",
                                        "value": (
                                            "A mutual qualifies only if it has not entered into a comparable contract "
                                            "in the three years ending on the day the new contract is awarded"
                                        ),
                                    },
                                    {
                                        "key": "A comparable contract",
                                        "value": (
                                            "A contract for the same kind of services, awarded by the same authority, "
                                            "and reserved under section 33"
                                        ),
                                    },
                                    {
                                        "key": "How",
                                        "value": (
                                            "A competitive flexible procedure that excludes suppliers that are not "
                                            "qualifying public service mutuals"
                                        ),
                                    },
                                    {"key": "Who wins", "value": "The most advantageous tender (section 19)"},
                                ],
                            },
                        ),
                        ("heading", {"text": "What counts as a public service mutual", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                '<p>For <a href="https://www.legislation.gov.uk/ukpga/2023/54/section/33">section '
                                "33</a>, a public service mutual is a body that:</p><ul><li>operates to deliver public "
                                "services, mainly one or more of the light-touch services that can be "
                                "reserved</li><li>is run on a not-for-profit basis, or shares profits only with its "
                                "members</li><li>is managed and controlled by its employees</li></ul><p>Compare this "
                                "with the 2013 Cabinet Office definition in the first lesson of this course. The legal "
                                "test does not ask whether the body spun out of the public sector.</p>"
                            ),
                        ),
                        ("heading", {"text": "The three-year rule", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Only a qualifying public service mutual may take part in a reserved competition. A "
                                "mutual qualifies only if it has not entered into a comparable contract during the "
                                "period of three years ending on the day the new contract is awarded. A comparable "
                                "contract is one for the same kind of services, awarded by the same contracting "
                                "authority and reserved under section 33.</p><p>So you count back three years from the "
                                "day of the new award, and ask whether the mutual entered into a comparable contract "
                                "in that period. When the earlier contract ends does not matter. A reserved contract "
                                "with a different authority, or for a different kind of services, does not count.</p>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional example: counting the three years",
                                "body": (
                                    "<p>This is a fictional example. On 1 April 2025 a council entered into a two-year "
                                    "reserved contract with a mutual for community support services. It wants to award "
                                    "the next contract for the same services on 1 April 2027. The three years ending "
                                    "on that day began on 2 April 2024, and the mutual entered into a comparable "
                                    "contract within them, so it is not a qualifying mutual for that award. If the "
                                    "council reserved the new contract, the mutual could not take part. For an award "
                                    "made on or after 1 April 2028, the three years no longer include 1 April 2025, so "
                                    "the 2025 contract no longer stops the mutual qualifying.</p>"
                                ),
                                "source": "Fictional scenario written for this course",
                            },
                        ),
                        ("heading", {"text": "Other parts of the Act that help new providers", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Act also covers preliminary market engagement (sections 16 and 17) and "
                                "requires you to consider splitting a contract into lots (section 18). Both can help "
                                "new and smaller providers, including mutuals, to take part.</p>"
                            ),
                        ),
                        ("heading", {"text": "Where the Act does not apply", "level": "h2"}),
                        (
                            "warning",
                            (
                                "The Procurement Act 2023 does not cover every case. Health care services covered by "
                                "the NHS Provider Selection Regime in England follow that regime instead. Scotland has "
                                "its own procurement rules. Procurements begun before 24 February 2025 continue under "
                                "the old regulations. Check which rules apply before you plan a reserved contract."
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Reserving a contract is a choice, not a duty. You still run a fair competition "
                                "between qualifying mutuals and award to the most advantageous tender. Because of the "
                                "five-year limit, and because a mutual that entered into a comparable contract in the "
                                "three years ending on the day of an award does not qualify for it, you must plan what "
                                "happens when the contract ends.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Is the service on the current list of reservable light-touch "
                                "services?</li><li>Can each bidder show that it meets all three parts of the "
                                "definition?</li><li>Has any bidder entered into a contract with us, reserved under "
                                "section 33, for the same kind of services in the three years ending on the day we "
                                "will award this one?</li><li>What is our plan for the service after the contract "
                                "ends?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Record your reasons for reserving the contract, your checks on each bidder's "
                                "status and your plan for the next procurement. Ask your legal team to confirm the "
                                "current list of reservable services, because it is set in regulations and can "
                                "change.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Procurement Act 2023, sections 16 to 19 and section 33 (Royal Assent 26 October 2023; in "
                            "force for procurements begun from 24 February 2025)."
                        ),
                        "Health Care Services (Provider Selection Regime) Regulations 2023.",
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(responses to paragraphs 15 and 63), for the 2013 definition and background."
                        ),
                    ],
                },
                {
                    "slug": "service-continuity-on-supplier-failure",
                    "title": "Service continuity if a supplier fails",
                    "summary": (
                        "Plan for what happens if a mutual, or any other supplier, fails, without tying it up in "
                        "excessive restrictions."
                    ),
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Any supplier can fail, whatever its legal form. In 2013 the Select Committee "
                                "worried about what would happen if a mutual became uneconomic and collapsed. The "
                                "government's answer was that the commissioning authority stays responsible for "
                                "keeping the service going.</p>"
                            ),
                        ),
                        (
                            "quote",
                            {
                                "quote": (
                                    "If a supplier of any form fails, the commissioning authority will be responsible "
                                    "for ensuring service continuity."
                                ),
                                "citation": "Government response to the CLG Select Committee, February 2013",
                            },
                        ),
                        ("heading", {"text": "What the Committee feared", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Committee listed what a failed mutual could cost: lost assets, lost jobs and a "
                                "lost service for residents. It thought failures could harm the 'co-operative brand' "
                                "and put other councils off. It wanted councils to make sure that staff, services and "
                                "assets that had come from the council could be brought back under its control.</p>"
                            ),
                        ),
                        ("heading", {"text": "The government's response", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The government made four points:</p><ul><li>planning for a mutual's failure is no "
                                "different from normal service continuity planning</li><li>where assets are locked, "
                                "they would be put in a trust to preserve their original purpose</li><li>councils need "
                                "good contract management procedures to keep track of performance</li><li>heavy "
                                "restrictions in contracts could stop a mutual becoming competitive, create "
                                "uncertainty and harm its chances of commercial success</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Plan for failure in proportion to the risk, as you would for any provider. Watch "
                                "for early warning signs through contract management. Avoid terms so tight that they "
                                "make failure more likely.</p>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The Procurement Act 2023 adds duties on managing contracts awarded under it. "
                                    "For some contracts, authorities must set and publish key performance indicators "
                                    "and publish information about a supplier's poor performance. Several of these "
                                    "duties do not apply to light-touch contracts, which include many social care "
                                    "services. Check current guidance when you plan how to monitor and respond to poor "
                                    "performance.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>What are the early warning signs that this provider is in "
                                "difficulty?</li><li>Who would run the service the day after it failed?</li><li>How "
                                "would staff, data and assets move, and how quickly?</li><li>Are any of our contract "
                                "terms stricter than the risk justifies?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "case_study",
                            {
                                "title": "A fictional example: planning for the worst",
                                "body": (
                                    "<p>This is a fictional example. A council commissions a youth services mutual. "
                                    "The contract manager reviews its finances every quarter. The commissioner keeps a "
                                    "short exit plan: who would step in, how staff would transfer and what would "
                                    "happen to the asset-locked youth centre. When the mutual's reserves fall, the "
                                    "council acts early and agrees a recovery plan with the mutual. The service "
                                    "carries on.</p>"
                                ),
                                "source": "Fictional scenario written for this course",
                            },
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 91)."
                        ),
                        (
                            "Procurement Act 2023, section 52 (key performance indicators, in Part 3) and Part 4 "
                            "(management of public contracts), including section 71 (assessment of contract "
                            "performance)."
                        ),
                    ],
                },
            ],
        },
        {
            "slug": "commissioning-academy",
            "title": "The Commissioning Academy",
            "introduction": (
                "<p>This module explains how the Commissioning Academy began, which skills it set out to build and how "
                "to write your own 100-day plan.</p><p>The last lesson is optional. It helps you turn this course into "
                "action in your own organisation.</p>"
            ),
            "lessons": [
                {
                    "slug": "about-the-academy",
                    "title": "About the Commissioning Academy",
                    "summary": "Learn what the Commissioning Academy was set up to do in 2013 and how it developed.",
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>The Commissioning Academy began as a development programme for people who "
                                "commission public services. The government launched it on 31 January 2013. Its aim "
                                "was to help public sector leaders gain the confidence and skills to change how their "
                                "organisations commission. This platform takes its name from that programme.</p>"
                            ),
                        ),
                        (
                            "key_facts",
                            {
                                "heading": "The Commissioning Academy in early 2013",
                                "facts": [
                                    {"key": "Launched", "value": "31 January 2013"},
                                    {
                                        "key": "Planned reach",
                                        "value": "Up to 2,000 public sector employees over the next three years",
                                    },
                                    {"key": "Pilot graduates from local government", "value": "Over half"},
                                    {"key": "Target for local government places", "value": "No specific target"},
                                ],
                            },
                        ),
                        ("heading", {"text": "Why it was set up", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Council leaders and chief executives told the government that councils lacked "
                                "commissioning skills and that unhelpful procurement habits were entrenched. The "
                                "Select Committee welcomed the Academy as a way to close the skills gap in "
                                "procurement. Its report, published on 6 December 2012, asked how many council "
                                "officers the government expected to train. The government's response, presented to "
                                "Parliament in February 2013 after the Academy's launch, gave no specific target for "
                                "local government, but said over half of the pilot graduates were from local "
                                "government.</p><p>The Academy set out to help leaders change the culture of their "
                                "organisations, tackle issues that cut across services, and design and deliver the "
                                "best public services.</p>"
                            ),
                        ),
                        ("heading", {"text": "How it worked", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Academy was for senior commissioners, who took part in cohorts. Each cohort "
                                "had about eight development days over six months, mixing masterclasses, site visits "
                                "and peer learning. Each participant's organisation then produced a 100-day plan to "
                                "put the learning into practice. Pilot cohorts came first, and the first full cohort "
                                "was due to start in April 2013.</p>"
                            ),
                        ),
                        (
                            "inset",
                            (
                                "<p><b>What has changed since 2013</b></p><p>From April 2016 the Commissioning Academy "
                                "was run by the Public Service Transformation Academy. The figures above are plans and "
                                "results reported in February 2013. They are not current numbers.</p>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The Academy's starting point was that commissioning is a leadership job, not just "
                                "a procurement task. Senior people need to understand needs and markets and make hard "
                                "choices about who delivers services.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Who in our organisation makes commissioning decisions, whatever their job "
                                "title?</li><li>Where are our gaps: outcomes, markets, contracts or leading "
                                "change?</li><li>How will we use what we learn, not just attend?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>List the people in your organisation who make commissioning decisions. Note which "
                                "of them have had development in commissioning and which have not. Use this to plan "
                                "who should take this course next.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 70)."
                        ),
                        (
                            "Cabinet Office, 'The Commissioning Academy: information' (GOV.UK), for the move to the "
                            "Public Service Transformation Academy from April 2016."
                        ),
                        (
                            "Civil Service World, 'Commissioning Academy launched to strengthen commercial skills' "
                            "(2013) and 'Cabinet Office moves Commissioning Academy to self-financing model' (15 April "
                            "2016), for the programme's design."
                        ),
                        (
                            "The Guardian, 'Cabinet Office launches training academy for commissioners' (1 February "
                            "2013), for the development days, masterclasses and site visits."
                        ),
                    ],
                },
                {
                    "slug": "building-commissioning-skills",
                    "title": "Building commissioning skills",
                    "summary": "Identify the skills a commissioner needs and how to build them across your team.",
                    "optional": False,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Commissioning is more than buying. It covers understanding need, designing "
                                "services, shaping markets, choosing providers and managing contracts. In 2013 council "
                                "leaders told the government that these skills were in short supply. This lesson helps "
                                "you look at your own skills and your team's.</p>"
                            ),
                        ),
                        ("heading", {"text": "The skills gap in 2013", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Council leaders and chief executives reported a shortage of commissioning skills "
                                "and some unhelpful procurement habits. The Select Committee saw a similar gap among "
                                "staff who wanted to form mutuals: they had the will but not yet the skills. The "
                                "government responded with a package of measures. It included the Commissioning "
                                "Academy, the commissioner hub and free e-learning for council commissioners.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "Commissioning skills and where this course covers them",
                                "header": ["Skill", "What good looks like", "Where in this course"],
                                "rows": [
                                    [
                                        "Focusing on outcomes",
                                        "You start from what residents need, not from the current service",
                                        "Module 2",
                                    ],
                                    [
                                        "Shaping the market",
                                        "You know who could deliver, including new and small providers such as mutuals",
                                        "Modules 1 and 3",
                                    ],
                                    [
                                        "Fair and lawful procurement",
                                        "You choose the right procedure and test social value objectively",
                                        "Modules 2 and 6",
                                    ],
                                    [
                                        "Managing assets and finance",
                                        "You protect public value without blocking the provider",
                                        "Module 5",
                                    ],
                                    [
                                        "Managing contracts and risk",
                                        "You spot problems early and have a plan if a provider fails",
                                        "Module 6",
                                    ],
                                    [
                                        "Leading change",
                                        "You build support among staff, councillors, users and partners",
                                        "Modules 4 and 7",
                                    ],
                                ],
                            },
                        ),
                        ("heading", {"text": "Unhelpful procurement habits", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The 2013 memo did not list the habits it had in mind. Commissioners often "
                                "recognise patterns like these:</p><ul><li>copying the last specification without "
                                "asking what has changed</li><li>setting requirements that only large, established "
                                "providers can meet</li><li>avoiding talking to the market for fear of being "
                                "unfair</li><li>treating the contract award as the end of the job</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Skills grow by doing, with support. Link any training to a real piece of work, and "
                                "make time to reflect on it with peers.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Which skills in the table are strongest and weakest in our team?</li><li>Who "
                                "could coach or mentor us in the weaker areas?</li><li>How will we know whether our "
                                "commissioning has improved?</li></ul>"
                            ),
                        ),
                        (
                            "details",
                            {
                                "summary": "What has changed since 2013",
                                "body": (
                                    "<p>The skills are much the same, but the rules have changed. If you learned "
                                    "procurement under the Public Contracts Regulations 2015, refresh your knowledge "
                                    "of the Procurement Act 2023. It applies to procurements begun from 24 February "
                                    "2025 in England, Wales and Northern Ireland. Scotland has its own rules, and NHS "
                                    "health care in England uses the Provider Selection Regime.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Score yourself from 1 to 5 against each skill in the table, and ask a colleague to "
                                "score you too. Pick the skill with the lowest shared score. Plan one piece of real "
                                "work that will build it over the next three months.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 70)."
                        ),
                        "Procurement Act 2023 (in force for procurements begun from 24 February 2025).",
                    ],
                },
                {
                    "slug": "your-100-day-plan",
                    "title": "Your 100-day plan",
                    "summary": "Draft a 100-day plan to put what you have learned into practice in your organisation.",
                    "optional": True,
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Participants in the Commissioning Academy finished by writing a 100-day plan: a "
                                "short, practical plan to change how their organisation commissions. This optional "
                                "lesson helps you write your own, using what you have learned in this course.</p>"
                            ),
                        ),
                        ("heading", {"text": "What a 100-day plan is", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A 100-day plan is long enough to achieve something real, and short enough to keep "
                                "attention and momentum. It should focus on one or two changes, name who is "
                                "responsible and say how you will know it has worked.</p>"
                            ),
                        ),
                        (
                            "table",
                            {
                                "caption": "A simple structure for your 100-day plan",
                                "header": ["Period", "Focus", "Example actions"],
                                "rows": [
                                    [
                                        "Days 1 to 30",
                                        "Understand",
                                        (
                                            "Map your services by how open they are; gather baseline data; talk to "
                                            "staff, users and providers"
                                        ),
                                    ],
                                    [
                                        "Days 31 to 60",
                                        "Decide",
                                        (
                                            "Choose one service or process to change; agree outcomes and social value; "
                                            "check which procurement rules apply"
                                        ),
                                    ],
                                    [
                                        "Days 61 to 100",
                                        "Act and share",
                                        (
                                            "Make the change; set up monitoring; report what you have learned to "
                                            "colleagues"
                                        ),
                                    ],
                                ],
                            },
                        ),
                        ("heading", {"text": "Choosing your focus", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Pick something within your control. Good examples include:</p><ul><li>opening up a "
                                "service that has never been tested with other providers</li><li>setting up a clear, "
                                "fair process for staff who want to explore a mutual</li><li>writing proportionate "
                                "asset transfer and exit terms for a current project</li><li>checking that your "
                                "templates reflect the Procurement Act 2023</li></ul>"
                            ),
                        ),
                        (
                            "case_study",
                            {
                                "title": "A fictional example: a 100-day plan",
                                "body": (
                                    "<p>This is a fictional example. A children's services commissioner sets one goal: "
                                    "a fair, published process for staff who ask about forming a mutual. In the first "
                                    "month she reviews how past requests were handled. In the second she drafts the "
                                    "process with legal and HR colleagues. In the third she publishes it, briefs "
                                    "managers and sets a date to review it after six months.</p>"
                                ),
                                "source": "Fictional scenario written for this course",
                            },
                        ),
                        ("heading", {"text": "What it means for you as a commissioner", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A plan only matters if it changes what happens. Keep it short, share it and review "
                                "it. Base any legal steps on the rules that apply now, not the 2013 position described "
                                "in parts of this course.</p>"
                            ),
                        ),
                        ("heading", {"text": "Questions to ask", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>What one change would make the most difference?</li><li>Who needs to agree to "
                                "it, and when will I ask them?</li><li>What will I be able to show at day "
                                "100?</li><li>What could stop me, and what will I do about it?</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "In practice", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Write your plan on one page. Share it with your manager and one peer, and agree "
                                "dates to review it at day 50 and day 100. If you are part of a cohort, share it with "
                                "your cohort lead.</p>"
                            ),
                        ),
                    ],
                    "sources": [
                        (
                            "Civil Service World, 'Commissioning Academy launched to strengthen commercial skills' "
                            "(2013), for the 100-day plan in the Academy's design."
                        ),
                        (
                            "Department for Communities and Local Government (February 2013), Government response to "
                            "the Communities and Local Government Select Committee's report 'Mutual and co-operative "
                            "approaches to delivering local services': 'Specific recommendations for Government' "
                            "(response to paragraph 70)."
                        ),
                    ],
                },
            ],
        },
    ],
}
