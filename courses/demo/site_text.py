"""Starting text for the Commissioning Academy's site pages.

Plain data only. Each organisation that runs the platform must edit these pages (names, contacts, dates, known
problems, retention periods) before it publishes them. Notes for the organisation are in inset blocks.
"""

SUPPORT_EMAIL = "support@commissioning-academy.example"
SUPPORT_LINK = f'<a href="mailto:{SUPPORT_EMAIL}">{SUPPORT_EMAIL}</a>'

HOME = {
    "title": "Commissioning Academy",
    "lead": "Learn how to commission public services well, at your own pace, with courses written for people "
    "who work in the public sector.",
    "body": (
        "<p>The Commissioning Academy is an online learning service for public-sector staff who plan, buy and "
        "manage services for the public.</p>"
        "<p>It is for:</p>"
        "<ul>"
        "<li>staff who are taking modules to build their commissioning skills</li>"
        "<li>cohort leads who need to see which colleagues in their group have started and finished their "
        "courses</li>"
        "</ul>"
        "<p>When you sign in you can:</p>"
        "<ul>"
        "<li>work through short modules, one lesson at a time</li>"
        "<li>check what you have learned with quizzes</li>"
        "<li>see your progress through each course and pick up where you left off</li>"
        "<li>get a certificate when you finish a course, with a code that anyone you share it with can check "
        "online</li>"
        "</ul>"
    ),
}

ORGANISATION_NOTE = (
    "<p><b>Before you publish this page:</b> each organisation that runs the Commissioning Academy must publish "
    "its own version. Replace \u201cthe organisation that runs this service\u201d with your organisation\u2019s "
    "name, check every contact address, date and time limit, and make sure everything on this page is true for "
    "your service. Delete this note when you have done this.</p>"
)

ACCESSIBILITY_STATEMENT = {
    "slug": "accessibility-statement",
    "title": "Accessibility statement for the Commissioning Academy",
    "lead": "How accessible the Commissioning Academy is, how to ask for content in another format and what to "
    "do if you have a problem using it.",
    "last_reviewed": "2026-11-25",
    "body": [
        ("inset", ORGANISATION_NOTE),
        # 1. Scope
        ("heading", {"text": "What this statement covers", "level": "h2"}),
        (
            "paragraph",
            "<p>This accessibility statement applies to the Commissioning Academy, an online learning service "
            "for public-sector staff. It covers every part of the service: courses, lessons, quizzes, progress "
            "pages, cohort dashboards, certificates and the certificate verification page.</p>"
            "<p>The Commissioning Academy is run by the organisation that runs this service. In this statement, "
            "\u201cwe\u201d and \u201cus\u201d mean that organisation.</p>",
        ),
        # 2. How accessible
        ("heading", {"text": "How accessible this website is", "level": "h2"}),
        (
            "paragraph",
            "<p>We want as many people as possible to be able to use this service. For example, that means you "
            "should be able to:</p>"
            "<ul>"
            "<li>change colours, contrast levels and fonts using your browser or device settings</li>"
            "<li>zoom in up to 300% without problems</li>"
            "<li>navigate most of the service, including quizzes, using just a keyboard</li>"
            "<li>navigate most of the service using speech recognition software</li>"
            "<li>listen to most of the service using a screen reader</li>"
            "</ul>"
            "<p>We have also made the text as simple as possible to understand.</p>"
            '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making your device '
            "easier to use if you have a disability.</p>",
        ),
        ("heading", {"text": "Parts of this website that are not fully accessible", "level": "h3"}),
        (
            "paragraph",
            "<p>We know some parts of this service are not fully accessible:</p>"
            "<ul>"
            "<li>some videos embedded from other organisations\u2019 channels do not have audio description "
            "(every lesson video has a written transcript)</li>"
            "<li>PDF certificates may not be fully accessible to screen readers \u2013 each certificate has an "
            "HTML verification page with the same information, which you can use instead</li>"
            "<li>some older documents attached to lessons, such as PDF and Word handouts, are not fully "
            "accessible to screen readers</li>"
            "</ul>",
        ),
        # 3. Feedback and contact information
        ("heading", {"text": "Feedback and contact information", "level": "h2"}),
        (
            "paragraph",
            "<p>If you need information on this service in a different format, like accessible PDF, large print, "
            f"easy read, audio recording or braille, email {SUPPORT_LINK}.</p>"
            "<p>Tell us:</p>"
            "<ul>"
            "<li>the web address (URL) or name of the course, lesson or document</li>"
            "<li>the format you need</li>"
            "</ul>"
            "<p>We\u2019ll consider your request and get back to you within 5 working days.</p>",
        ),
        # 4. Reporting accessibility problems
        ("heading", {"text": "Reporting accessibility problems with this website", "level": "h2"}),
        (
            "paragraph",
            "<p>We\u2019re always looking to improve the accessibility of this service. If you find any problems "
            "not listed on this page, or think we\u2019re not meeting accessibility requirements, email "
            f"{SUPPORT_LINK}. We\u2019ll reply within 5 working days.</p>",
        ),
        # 5. Enforcement procedure
        ("heading", {"text": "Enforcement procedure", "level": "h2"}),
        (
            "paragraph",
            '<p>The <a href="https://www.equalityhumanrights.com/">Equality and Human Rights Commission</a> '
            "(EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) "
            "(No. 2) Accessibility Regulations 2018 (the \u201caccessibility regulations\u201d). If you\u2019re "
            "not happy with how we respond to your complaint, "
            '<a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support '
            "Service (EASS)</a>.</p>"
            "<p>If you\u2019re in Northern Ireland and are not happy with how we respond to your complaint, you "
            'can contact the <a href="https://www.equalityni.org/Home">Equality Commission for Northern '
            "Ireland</a>, which is responsible for enforcing the accessibility regulations in Northern "
            "Ireland.</p>",
        ),
        # 6. Technical information
        ("heading", {"text": "Technical information about this website\u2019s accessibility", "level": "h2"}),
        (
            "paragraph",
            "<p>The organisation that runs this service is committed to making it accessible, in accordance "
            "with the "
            '<a href="https://www.legislation.gov.uk/uksi/2018/952/contents/made">Public Sector Bodies '
            "(Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018</a>.</p>",
        ),
        ("heading", {"text": "Compliance status", "level": "h3"}),
        (
            "paragraph",
            "<p>This website is partially compliant with the "
            '<a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA '
            "standard, due to the non-compliances listed below.</p>",
        ),
        # 7. Non-accessible content
        ("heading", {"text": "Non-accessible content", "level": "h2"}),
        ("paragraph", "<p>The content listed below is non-accessible for the following reasons.</p>"),
        ("heading", {"text": "Non-compliance with the accessibility regulations", "level": "h3"}),
        (
            "paragraph",
            "<ol>"
            "<li>Certificates downloaded as PDF files are not tagged, so screen readers may not read the text "
            "in a logical order or recognise its structure. This fails WCAG 2.2 success criterion 1.3.1 (Info "
            "and Relationships). Each certificate has an HTML verification page with the same information, "
            "which you can use instead. We plan to produce tagged, accessible PDF certificates by "
            "31 March 2027.</li>"
            "<li>Some older documents attached to lessons, such as PDF and Word handouts, have images, charts "
            "or diagrams without a text alternative. This fails WCAG 2.2 success criterion 1.1.1 (Non-text "
            "Content). We plan to replace these documents with accessible HTML content or accessible documents "
            f"by 30 June 2027. Until then, email {SUPPORT_LINK} if you need one of them in another "
            "format.</li>"
            "</ol>",
        ),
        ("heading", {"text": "Disproportionate burden", "level": "h3"}),
        ("paragraph", "<p>We are not claiming that fixing any content would be a disproportionate burden.</p>"),
        (
            "heading",
            {"text": "Content that\u2019s not within the scope of the accessibility regulations", "level": "h3"},
        ),
        (
            "paragraph",
            "<p><b>Pre-recorded video published before 23 September 2020.</b> Some lessons include videos "
            "published before this date. The accessibility regulations do not require us to add captions or "
            "audio description to them, but each one still has a written transcript in the lesson.</p>"
            "<p><b>Third-party content.</b> Some lessons embed or link to content that we have not funded or "
            "developed and do not control, such as videos on other organisations\u2019 YouTube or Vimeo "
            "channels. This content is not within the scope of the accessibility regulations.</p>",
        ),
        # 8. What we're doing to improve accessibility
        ("heading", {"text": "What we\u2019re doing to improve accessibility", "level": "h2"}),
        (
            "paragraph",
            "<p>We are:</p>"
            "<ul>"
            "<li>fixing the problems listed on this page by the dates given</li>"
            "<li>checking every type of page with automated accessibility tests (axe-core) as part of our "
            "regular testing, and checking the main journey with a keyboard</li>"
            "<li>making sure new course content is accessible: the lesson editor will not save a video without "
            "a transcript or an image without a text alternative</li>"
            "<li>planning an independent accessibility audit, and testing with screen readers and speech "
            "recognition software</li>"
            "</ul>"
            "<p>We will update this statement when we fix a problem or find a new one.</p>",
        ),
        # 9. Preparation of this accessibility statement
        ("heading", {"text": "Preparation of this accessibility statement", "level": "h2"}),
        (
            "paragraph",
            "<p>This statement was prepared on 25 November 2026. It was last reviewed on 25 November 2026.</p>"
            "<p>This website was last tested on 25 November 2026. The test was carried out by the service\u2019s "
            "development team.</p>"
            "<p>We ran automated axe-core checks against the WCAG 2.2 A and AA rules on every type of page, "
            "including the home page, course and lesson pages, quiz questions, progress pages, cohort "
            "dashboards, certificate and verification pages, and the sign-in pages. We also checked the main "
            "journey using only a keyboard: signing in, starting a course, completing a lesson, answering a "
            "quiz and getting a certificate.</p>"
            "<p>Automated tools find only some accessibility problems. The service has not yet been audited by "
            "an independent accessibility specialist, and we have not yet finished testing it with screen "
            "readers and speech recognition software.</p>",
        ),
        (
            "inset",
            "<p><b>For the organisation:</b> commission an independent accessibility audit against WCAG 2.2 AA, "
            "including screen reader, speech recognition, zoom and reflow checks. Then update this section with "
            "who tested the service, when and how, and update the list of non-accessible content with what "
            "they found. Review this statement regularly, and at least once a year.</p>",
        ),
    ],
}

PRIVACY_NOTICE = {
    "slug": "privacy",
    "title": "Privacy notice",
    "lead": "How the Commissioning Academy uses your personal data, who can see it, how long we keep it and what "
    "your rights are.",
    "last_reviewed": "2026-11-25",
    "body": [
        ("inset", ORGANISATION_NOTE),
        (
            "key_facts",
            {
                "heading": "Summary",
                "facts": [
                    {
                        "key": "Who is responsible for your data",
                        "value": "The organisation that runs this service. It is the data controller.",
                    },
                    {
                        "key": "What we hold",
                        "value": "Your name, work email address, organisation and job title, your learning "
                        "records, your cohort and technical logs.",
                    },
                    {
                        "key": "Why we hold it",
                        "value": "To provide training, record your learning and issue certificates.",
                    },
                    {
                        "key": "Lawful basis",
                        "value": "Public task (UK GDPR Article 6(1)(e)), or your employment contract if you work "
                        "for us. We do not rely on consent.",
                    },
                    {
                        "key": "Who can see it",
                        "value": "You, your cohort lead or leads, and our administrators. A certificate "
                        "verification page shows only your name, the course and the dates.",
                    },
                    {
                        "key": "How long we keep it",
                        "value": "While your account is in use. Inactive accounts are deleted on a regular schedule.",
                    },
                    {
                        "key": "Your rights",
                        "value": "You can see, correct and download your data, and ask us to delete or restrict "
                        "it or object to how we use it.",
                    },
                    {
                        "key": "Complaints",
                        "value": "Contact us first. You can also complain to the Information Commissioner\u2019s "
                        "Office (ICO).",
                    },
                ],
            },
        ),
        ("heading", {"text": "Who is responsible for your data", "level": "h2"}),
        (
            "paragraph",
            "<p>The Commissioning Academy is run by the organisation that runs this service. It is the data "
            "controller for your personal data, which means it decides how and why your data is used and is "
            "responsible for keeping it safe.</p>"
            f"<p>To ask about your data, or to contact our data protection officer, email {SUPPORT_LINK}.</p>",
        ),
        (
            "inset",
            "<p><b>For the organisation:</b> give your organisation\u2019s full name and address, and the "
            "contact details of your data protection officer (public authorities must have one).</p>",
        ),
        ("heading", {"text": "What personal data we hold", "level": "h2"}),
        (
            "paragraph",
            "<p>We hold:</p>"
            "<ul>"
            "<li>your name and work email address</li>"
            "<li>the organisation you work for and your job title</li>"
            "<li>your learning records: the courses you are enrolled on, the lessons you have completed, your "
            "quiz answers and scores, and the certificates you have been awarded</li>"
            "<li>which cohorts you belong to, and who leads them</li>"
            "<li>a record of the emails the service has sent you</li>"
            "<li>technical logs, such as when you signed in, your IP address and the type of browser you use, "
            "which we keep to run the service securely</li>"
            "</ul>"
            "<p>We do not ask for sensitive information (special category data), such as details of your "
            "health.</p>",
        ),
        ("heading", {"text": "Why we use your data and our lawful basis", "level": "h2"}),
        (
            "paragraph",
            "<p>We use your data to:</p>"
            "<ul>"
            "<li>give you an account and enrol you on courses</li>"
            "<li>record your progress, mark your quizzes and issue your certificates</li>"
            "<li>let people you share a certificate code with check that your certificate is genuine</li>"
            "<li>let your cohort lead see how you are getting on with the courses in their cohort</li>"
            "<li>send you messages about your courses</li>"
            "<li>keep the service secure and working</li>"
            "<li>improve our courses using statistics that do not identify you</li>"
            "</ul>"
            "<p>Our lawful basis under the UK General Data Protection Regulation (UK GDPR) and the Data "
            "Protection Act 2018 is:</p>"
            "<ul>"
            "<li><b>public task</b> (Article 6(1)(e)): training public-sector staff is part of our official "
            "functions</li>"
            "<li><b>contract</b> (Article 6(1)(b)): if you work for us, keeping training records is part of "
            "your employment contract</li>"
            "</ul>"
            "<p>We do not rely on your consent. Consent is not a suitable basis when training is part of your "
            "job, so the service never asks for your consent to record your learning.</p>",
        ),
        ("heading", {"text": "Quizzes and automatic marking", "level": "h3"}),
        (
            "paragraph",
            "<p>Quizzes are marked automatically, and your score can decide whether you complete a module or "
            "course. If you think a mark is wrong, email us and a person will check it.</p>",
        ),
        ("heading", {"text": "Who can see your data", "level": "h2"}),
        (
            "table",
            {
                "caption": "Who can see your personal data",
                "header": ["Who", "What they can see"],
                "rows": [
                    ["You", "Everything in your account, including your learning records and certificates."],
                    [
                        "Your cohort lead or leads",
                        "Your name, work email, organisation, and your enrolments, progress, quiz results and "
                        "certificates for the courses in their cohort.",
                    ],
                    [
                        "Our administrators",
                        "What they need to run the service, answer your questions and deal with requests about "
                        "your data.",
                    ],
                    [
                        "Anyone you give a certificate code to",
                        "Only your name, the course and the dates on the certificate, on the public verification page.",
                    ],
                ],
            },
        ),
        (
            "paragraph",
            "<p>Organisations that host the service and send its emails for us are data processors. They can only "
            "use your data on our instructions, under a contract.</p>"
            "<p>We do not sell your data or share it for marketing. We will only share it with anyone else if "
            "the law requires us to.</p>",
        ),
        (
            "inset",
            "<p><b>For the organisation:</b> list your processors, for example your hosting provider and email "
            "provider (such as GOV.UK Notify).</p>",
        ),
        ("heading", {"text": "Emails we send you", "level": "h2"}),
        (
            "paragraph",
            "<p>We send you service messages about your account, your courses, deadlines and certificates. "
            "These are not marketing, so you cannot turn them off while you have an account.</p>"
            "<p>We will only send you news about other courses or anything else promotional if you have chosen "
            "to receive it. You can change your mind at any time.</p>",
        ),
        ("heading", {"text": "How long we keep your data", "level": "h2"}),
        (
            "paragraph",
            "<p>We keep your account and learning records while you are using the service. Accounts that have "
            "not been used for a set period are deleted automatically on a regular schedule.</p>"
            "<p>If you have been awarded a certificate, we keep the details needed to verify it (your name, the "
            "course and the dates) for as long as people may need to check it, even after the rest of your "
            "account has been deleted.</p>"
            "<p>We may keep statistics that do not identify you, such as how many people completed a "
            "course.</p>",
        ),
        (
            "inset",
            "<p><b>For the organisation:</b> the retention period for inactive accounts is a setting. State the "
            "period you have chosen here, and how long you keep technical logs and certificate verification "
            "details.</p>",
        ),
        ("heading", {"text": "Your rights", "level": "h2"}),
        (
            "paragraph",
            "<p>You have the right to:</p>"
            "<ul>"
            "<li><b>see your data</b> \u2013 you can download your data from your account at any time, or ask "
            "us for a copy (a subject access request)</li>"
            "<li><b>correct your data</b> if it is wrong or incomplete</li>"
            "<li><b>ask us to delete your data</b> \u2013 this right is not absolute when we use your data for a "
            "public task, so we will tell you what we can delete and what we need to keep, and why</li>"
            "<li><b>ask us to restrict</b> how we use your data, for example while we check it is correct</li>"
            "<li><b>object</b> to how we use your data \u2013 we will stop unless we have strong legitimate "
            "grounds to continue</li>"
            "<li><b>data portability</b> \u2013 where this applies (when we rely on your employment contract), "
            "you can get your data in a form you can reuse elsewhere</li>"
            "</ul>"
            f"<p>To use any of these rights, email {SUPPORT_LINK}.</p>",
        ),
        ("heading", {"text": "Subject access requests", "level": "h3"}),
        (
            "paragraph",
            "<p>We will reply within one month. If your request is complex, or you make several, we may take up "
            "to 2 more months \u2013 we will tell you within the first month if we need to. If we need more "
            "information to confirm who you are or find your data, the time limit starts when we receive it.</p>"
            "<p>As the Data (Use and Access) Act 2025 sets out, we will make reasonable and proportionate "
            "searches for your data.</p>",
        ),
        (
            "details",
            {
                "summary": "What happens when your account is deleted",
                "body": "<p>We delete or anonymise your personal data. We keep statistics that do not identify "
                "you, and the details needed to verify any certificates you have been awarded. If you do not "
                "want a certificate to be checked any more, ask us and we will consider revoking it.</p>",
            },
        ),
        ("heading", {"text": "Transfers outside the UK", "level": "h2"}),
        (
            "paragraph",
            "<p>We do not transfer your data outside the UK. If this changes, we will update this notice and "
            "make sure your data is protected as the law requires.</p>",
        ),
        (
            "inset",
            "<p><b>For the organisation:</b> the service does not transfer data outside the UK by default. "
            "Check where your hosting, email and backup providers store data before you publish this.</p>",
        ),
        ("heading", {"text": "How to complain", "level": "h2"}),
        (
            "paragraph",
            f"<p>If you are unhappy with how we have used your data, email {SUPPORT_LINK} first. We will "
            "acknowledge your complaint within 30 days and tell you the outcome.</p>"
            "<p>If you are still unhappy, you can complain to the Information Commissioner\u2019s Office (ICO):"
            "</p>"
            "<ul>"
            '<li><a href="https://ico.org.uk/make-a-complaint/">make a complaint on the ICO website</a></li>'
            "<li>call the ICO helpline on 0303 123 1113</li>"
            "</ul>",
        ),
        ("heading", {"text": "Changes to this notice", "level": "h2"}),
        (
            "paragraph",
            "<p>We may update this notice. The date it was last reviewed is shown on this page.</p>",
        ),
    ],
}

COOKIES = {
    "slug": "cookies",
    "title": "Cookies",
    "lead": "The Commissioning Academy only uses cookies that it needs to work.",
    "last_reviewed": "2026-11-25",
    "body": [
        (
            "paragraph",
            "<p>Cookies are small files saved on your phone, tablet or computer when you visit a website.</p>"
            "<p>We only use strictly necessary cookies. These keep the service secure and let you sign in. They "
            "do not track you and are not used for analytics or advertising.</p>",
        ),
        ("heading", {"text": "Strictly necessary cookies", "level": "h2"}),
        (
            "table",
            {
                "caption": "Cookies the Commissioning Academy sets",
                "header": ["Name", "Purpose", "Expires"],
                "rows": [
                    [
                        "sessionid",
                        "Keeps you signed in as you move between pages",
                        "When you close your browser, or after 2 weeks if you choose \u201cKeep me signed in\u201d",
                    ],
                    [
                        "csrftoken",
                        "Protects forms against cross-site request forgery (another website trying to send a "
                        "form in your name)",
                        "1 year",
                    ],
                    [
                        "messages",
                        "Shows you a one-off message after you do something, for example to confirm your answer "
                        "has been saved",
                        "When you close your browser",
                    ],
                ],
            },
        ),
        ("heading", {"text": "No analytics or advertising cookies", "level": "h2"}),
        (
            "paragraph",
            "<p>We do not set any analytics or advertising cookies. Strictly necessary cookies do not need your "
            "consent, so we do not show a cookie banner.</p>",
        ),
        ("heading", {"text": "Videos from other websites", "level": "h2"}),
        (
            "paragraph",
            "<p>Some lessons show videos hosted by YouTube or Vimeo. These services may set their own cookies, "
            "and their own cookie policies apply. Every lesson video has a written transcript that you can read "
            "instead.</p>",
        ),
        ("heading", {"text": "Blocking cookies", "level": "h2"}),
        (
            "paragraph",
            "<p>You can set your browser to block cookies, but you will not be able to sign in to the service "
            "if you do.</p>",
        ),
        (
            "inset",
            "<p><b>For the organisation:</b> if you add analytics or any other cookies that are not strictly "
            "necessary, you must ask for consent before you set them, as the Privacy and Electronic "
            "Communications Regulations (PECR) require. Add a cookie banner and a way to change cookie "
            "settings, and update this page. Check whether embedded videos set cookies before a person chooses "
            "to play them (for example, use YouTube\u2019s privacy-enhanced mode). Delete this note before you "
            "publish.</p>",
        ),
    ],
}

PAGES = [ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE, COOKIES]
