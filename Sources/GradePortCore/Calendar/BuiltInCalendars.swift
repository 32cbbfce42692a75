/// The school-year calendars GradePort ships, as calendar-file text (see ``SchoolCalendar``).
///
/// Each year's quarters are the days between the holidays set by the Ministry's order for that
/// year, as published reports of the order give them: Q1 from the first day of the school year to
/// the day before the autumn holidays, Q2 and Q3 between the autumn, winter and spring holidays,
/// Q4 from the day after the spring holidays to the last day. Holiday days belong to no quarter;
/// the first graders' extra February week does not split Q3. Only years whose dates have a
/// nameable source are shipped (2021-2022 to 2025-2026; not 2020-2021 or 2026-2027);
/// `docs/calendar.md` lists the sources and what is unconfirmed. A school with its own dates (or a
/// year not shipped) gives `--calendar FILE`.
public enum BuiltInCalendars {
    /// The calendar files' text, by school year.
    public static let files: [(schoolYear: String, text: String)] = [
        (
            "2021-2022",
            """
            # Kazakhstan, state schools, grades 2-11, 4 quarters (34 weeks).
            # Order of the Ministry of Education and Science, in force 9 Aug 2021: holidays 1-7 Nov 2021,
            # 30 Dec 2021 - 9 Jan 2022, 19-30 Mar 2022 (1st grade also 7-13 Feb 2022).
            # A June 2021 draft with other holidays (25-31 Oct, 31 Dec - 10 Jan, 21-31 Mar) was not adopted.
            school-year 2021-2022
            source caravan.kz/news/v-rk-utverdili-sroki-uchebnogo-goda-i-kanikul-759951
            source informburo.kz (2021), vecher.kz (2021): reports of the order
            # The last day is not stated in the reports found; 34 weeks from 1 Sep give late May.
            status Q4 end 2022-05-25 inferred
            Q1 2021-09-01 2021-10-31
            Q2 2021-11-08 2021-12-29
            Q3 2022-01-10 2022-03-18
            Q4 2022-03-31 2022-05-25
            """
        ),
        (
            "2022-2023",
            """
            # Kazakhstan, state schools, 4 quarters (36 weeks).
            # Order of the Ministry of Enlightenment, Aug 2022: holidays 31 Oct - 6 Nov 2022,
            # 31 Dec 2022 - 8 Jan 2023, 18-26 Mar 2023 (1st grade also 6-12 Feb 2023); summer from 1 Jun 2023.
            school-year 2022-2023
            source mgorod.kz/amp/news/uchebnyj-god-prodlili-v-shkolax-kazaxstana (15 Aug 2022)
            source en.inform.kz/news/kazakhstan-to-extend-academic-year_a3966924, kaz.zakon.kz: reports of the order
            Q1 2022-09-01 2022-10-30
            Q2 2022-11-07 2022-12-30
            Q3 2023-01-09 2023-03-17
            Q4 2023-03-27 2023-05-31
            """
        ),
        (
            "2023-2024",
            """
            # Kazakhstan, state schools, 4 quarters.
            # Ministry of Enlightenment: holidays 30 Oct - 5 Nov 2023, 29 Dec 2023 - 7 Jan 2024,
            # 21-31 Mar 2024 (1st grade also 5-11 Feb 2024).
            school-year 2023-2024
            source mgorod.kz/news/sroki-shkolnyh-kanikul-utverdili-v-kazahstane (5 Oct 2023)
            source informburo.kz "Сроки каникул … утвердило Минпросвещения": reports of the order
            Q1 2023-09-01 2023-10-29
            Q2 2023-11-06 2023-12-28
            Q3 2024-01-08 2024-03-20
            Q4 2024-04-01 2024-05-25
            """
        ),
        (
            "2024-2025",
            """
            # Kazakhstan, state schools, 4 quarters.
            # DRAFT order published for discussion (Открытые НПА): holidays 28 Oct - 3 Nov 2024,
            # 30 Dec 2024 - 8 Jan 2025, 21-31 Mar 2025 (1st grade also 3-9 Feb 2025). The final order was not seen.
            school-year 2024-2025
            source mgorod.kz/news/prodlit-zimnie-kanikuly-predlozhili-v-kazahstane (report of the draft order)
            status draft order, unconfirmed
            Q1 2024-09-01 2024-10-27
            Q2 2024-11-04 2024-12-29
            Q3 2025-01-09 2025-03-20
            Q4 2025-04-01 2025-05-25
            """
        ),
        (
            "2025-2026",
            """
            # Kazakhstan, state schools, 4 quarters.
            # Order of the Minister of Enlightenment of 5 Aug 2025, in force 24 Aug 2025: school year
            # 1 Sep 2025 (lessons from 2 Sep) - 25 May 2026; holidays 27 Oct - 2 Nov 2025,
            # 29 Dec 2025 - 7 Jan 2026, 19-29 Mar 2026 (1st grade also 9-15 Feb 2026).
            # BilimClass's school periods (02.09-24.10, 03.11-26.12, 08.01-18.03, 30.03-25.05) agree but for weekends.
            school-year 2025-2026
            source alau.kz/sroki-uchebnogo-goda-i-kanikul-shkolnikov-utverdili-v-rk
            source rus.baq.kz (2025), mgorod.kz/news/kak-budut-otdyhat-kazahstanskie-shkolniki-v-novom-uchebnom-godu: reports of the order
            Q1 2025-09-01 2025-10-26
            Q2 2025-11-03 2025-12-28
            Q3 2026-01-08 2026-03-18
            Q4 2026-03-30 2026-05-25
            """
        ),
    ]

    /// The shipped calendars, parsed. Each is named `built-in YEAR`, with its status when it has
    /// one (`built-in 2024-2025 (draft order, unconfirmed)`), so diagnostics say how sure it is.
    public static let all: [SchoolCalendar] = files.compactMap { file in
        guard var calendar = try? SchoolCalendar(parsing: file.text, name: "built-in \(file.schoolYear)") else {
            return nil
        }
        if let status = calendar.status { calendar.name += " (\(status))" }
        return calendar
    }
}
